"""Small texts a newcomer met (issue 19 item 13): one full stop after a reason that ends its own sentence, no
"job(s)", one size for one file, and the JSON uploader's limit not "200MB"."""

from __future__ import annotations

from pathlib import Path

from streamlit.testing.v1 import AppTest

from cnnviz.i18n import t
from pages.common.text import file_size

PAGE = str(Path(__file__).resolve().parent.parent / "pages" / "build" / "build.py")


def test_a_reason_that_ends_its_sentence_gets_no_second_full_stop() -> None:
    for lang in ("en", "ko"):
        text = t("build.buildpage.link_error", lang=lang, reason="the link's network is damaged; was it cut short?")
        assert "?." not in text and "cut short?" in text
    assert t("build.buildpage.link_error", lang="en", reason="it ends.").count("ends.") == 1
    assert "..." in t("build.buildpage.link_error", lang="en", reason="wait...")  # an ellipsis stays


def test_the_queue_line_counts_without_plural_brackets() -> None:
    text = t("build.trainpage.queue_waiting", position=2, ahead=1, running=1, slots=1, wait="less than a minute")
    assert "(s)" not in text and "Jobs ahead of yours: 1" in text and "1 of 1" in text


def test_a_file_size_is_the_uploaders() -> None:
    assert [file_size(n) for n in (512, 277_800, 4_200_000)] == ["512 B", "277.8 KB", "4.2 MB"]


def test_the_json_uploader_does_not_promise_200_mb() -> None:
    at = AppTest.from_file(PAGE, default_timeout=60).run()
    at.session_state["build_tab_open"] = "import"
    at.run()
    uploaders = [u for u in at.get("file_uploader") if u.proto.label == t("build.buildpage.upload_json")]
    assert uploaders and uploaders[0].proto.max_upload_size_mb == 1
    assert "256 KB" in uploaders[0].proto.help


def test_the_kernel_histograms_legend_names_weights_and_biases() -> None:
    import numpy as np

    from cnnviz.figures.inspect import weight_histograms

    figure = weight_histograms(np.linspace(-1, 1, 10), np.zeros(2), initial_weights=np.linspace(-2, 2, 10),
                               initial_bias=np.zeros(2))
    names = [trace.name for trace in figure.data]
    assert len(set(names)) == 4  # initial and trained, weights and biases: four different entries
    assert sum(name.startswith("weights, ") for name in names) == 2
    assert sum(name.startswith("biases, ") for name in names) == 2
