"""Texts of the dataset download (cnnviz.data.datasets: CIFAR-10 in chunks with progress)."""

TEXTS = {
    "download.failed": {
        "en": "download from {url} failed, probably no internet connection ({reason})",
        "ko": "{url}에서 내려받지 못했습니다. 인터넷 연결이 없는 것 같습니다 ({reason})",
    },
    "download.checksum": {
        "en": "the file downloaded from {url} is damaged or not the expected one: its SHA-256 is {got}, "
              "expected {expected}; it was deleted",
        "ko": "{url}에서 내려받은 파일이 손상되었거나 다른 파일입니다: SHA-256이 {got}인데 {expected}여야 합니다. "
              "파일을 지웠습니다",
    },
    "download.unpack_failed": {
        "en": "cannot unpack {file}: {reason}",
        "ko": "{file}의 압축을 풀 수 없습니다: {reason}",
    },
}
