"""The course every page shows: the shipped lessons plus the teacher's, read again only when a lesson file changes."""

from __future__ import annotations

import streamlit as st

from cnnviz.learn.course import Course
from cnnviz.learn.lessonfile import course_files, load_course, teacher_lessons_dir


def _signature() -> tuple[tuple[str, int, int], ...]:
    """Each lesson file's path, size and change time: a new, changed or removed file makes a new course."""
    found = []
    for path, _ in course_files(extra_dirs=[teacher_lessons_dir()]):
        try:
            stat = path.stat()
        except OSError:
            continue
        found.append((str(path), stat.st_size, stat.st_mtime_ns))
    return tuple(found)


@st.cache_resource(max_entries=4, show_spinner=False)
def _course(signature: tuple[tuple[str, int, int], ...]) -> Course:
    return load_course(extra_dirs=[teacher_lessons_dir()])


def current_course() -> Course:
    return _course(_signature())
