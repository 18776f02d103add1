"""How long until a queued job starts (issue 19 item 10b: "start in about 15 min" for a job that started ~8 s later,
880 s estimated for a 39 s job): the estimate counts the images a job really trains on (its limit), a running job's
time left follows its own epochs, and the server's finished jobs correct the rough speed."""

from __future__ import annotations

from pathlib import Path

import pytest

from cnnviz.arch.presets import PRESETS
from cnnviz.arch.shapes import summarize
from cnnviz.runs import store as runs
from cnnviz.train import jobs

FLOPS = summarize(PRESETS["fashion-convnet"].architecture).total_flops


def test_a_limit_of_1000_images_makes_a_short_job() -> None:
    whole = jobs.estimated_seconds(FLOPS, epochs=5, images=70_000)
    limited = jobs.estimated_seconds(FLOPS, epochs=5, images=70_000, limit=1_000)
    assert limited < whole / 40  # 1,000 of 56,000 training images (val 20 %)
    trained = (3 * 1_000 + 250) * 5 * FLOPS / jobs.ROUGH_MULADDS_PER_SECOND  # train + validation passes
    assert limited == pytest.approx(jobs.STARTUP_SECONDS + trained)


def test_a_running_job_finishes_at_its_own_pace() -> None:
    assert jobs.seconds_left(estimated=900, epochs=5, epochs_done=2, seconds_so_far=16) == 24  # 8 s an epoch
    assert jobs.seconds_left(estimated=900, epochs=5, epochs_done=0, seconds_so_far=16) == 884  # no epoch yet
    assert jobs.seconds_left(estimated=900, epochs=0, epochs_done=2, seconds_so_far=16) == 884  # epochs unknown


def test_finished_jobs_tell_the_real_speed() -> None:
    assert jobs.pace([]) == 1
    assert jobs.pace([(880, 39), (100, 5), (50, 3)]) == pytest.approx(0.05)  # the median: 5 / 100
    assert jobs.pace([(100, 200), (100, 300), (100, 250), (0, 10)]) == 2.5
    assert jobs.pace([(1, 1000)]) == 20


def test_the_place_in_the_queue_uses_them(tmp_path: Path) -> None:
    arch = PRESETS["fashion-convnet"].architecture
    queued = [runs.create_run(arch, {"dataset": "mnist"}, f"job {i}", 1, root=tmp_path, status="queued")
              for i in range(2)]
    infos = [runs.load_run(path) for path in queued]
    place = jobs.queue_place(infos[1], infos, running_left=[24.0], job_seconds={queued[0]: 30.0, queued[1]: 30.0},
                             slots=1)
    assert (place.position, place.ahead, place.wait_seconds) == (2, 1, 54.0)
    assert jobs.format_wait(place.wait_seconds) == "less than a minute"
