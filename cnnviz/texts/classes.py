"""Class names of the built-in datasets (`cnnviz.data.classnames.display_class_names`). English is the name the
dataset itself uses (cnnviz.data.datasets.DATASET_INFO); Korean as the study notes call the Fashion-MNIST items."""

TEXTS = {
    # ---- Fashion-MNIST
    "classes.t_shirt_top": {"en": "T-shirt/top", "ko": "티셔츠/탑"},
    "classes.trouser": {"en": "Trouser", "ko": "바지"},
    "classes.pullover": {"en": "Pullover", "ko": "풀오버"},
    "classes.dress": {"en": "Dress", "ko": "드레스"},
    "classes.coat": {"en": "Coat", "ko": "코트"},
    "classes.sandal": {"en": "Sandal", "ko": "샌들"},
    "classes.shirt": {"en": "Shirt", "ko": "셔츠"},
    "classes.sneaker": {"en": "Sneaker", "ko": "스니커즈"},
    "classes.bag": {"en": "Bag", "ko": "가방"},
    "classes.ankle_boot": {"en": "Ankle boot", "ko": "앵클 부츠"},
    # ---- CIFAR-10
    "classes.airplane": {"en": "airplane", "ko": "비행기"},
    "classes.automobile": {"en": "automobile", "ko": "자동차"},
    "classes.bird": {"en": "bird", "ko": "새"},
    "classes.cat": {"en": "cat", "ko": "고양이"},
    "classes.deer": {"en": "deer", "ko": "사슴"},
    "classes.dog": {"en": "dog", "ko": "개"},
    "classes.frog": {"en": "frog", "ko": "개구리"},
    "classes.horse": {"en": "horse", "ko": "말"},
    "classes.ship": {"en": "ship", "ko": "배"},
    "classes.truck": {"en": "truck", "ko": "트럭"},
}
