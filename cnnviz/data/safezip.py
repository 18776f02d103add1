"""Reading an untrusted zip archive in memory, never extracting it to disk.

Everything a hostile archive could use is checked on the central directory, before any member is
decompressed: the archive's size, the number of entries (counted on the raw directory bytes, before Python
builds one object per entry), the total unpacked size, each entry's compression ratio (a zip bomb),
paths that would leave a folder (`../`, absolute paths, drive letters) and symbolic links. Members are
then read in chunks with the caps enforced on the bytes actually produced, so a size the directory lies
about cannot make us spend more memory than the limits allow.

Used by `cnnviz.data.importing` (image datasets) and `cnnviz.models.modelfile` (.keras files are zip archives).
"""

from __future__ import annotations

import io
import re
import stat
import unicodedata
import zipfile
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import BinaryIO

from cnnviz.i18n import CnnvizError

MB = 1024 * 1024
CHUNK = 1 * MB
_CENTRAL_ENTRY_SIGNATURE = b"PK\x01\x02"
_DRIVE = re.compile(r"^[A-Za-z]:")


class ArchiveRefused(CnnvizError):
    """The whole archive is refused; the message names the entry and the rule or limit."""


class MemberUnreadable(CnnvizError):
    """One member cannot be read (encrypted, damaged, too large): that member is skipped, the rest is read."""


@dataclass(frozen=True)
class ZipLimits:
    max_archive_bytes: int = 200 * MB
    max_unpacked_bytes: int = 1024 * MB
    max_entries: int = 20_000
    max_member_bytes: int = 64 * MB  # one member must fit in memory to be decoded
    max_ratio: float = 250.0  # deflate's own maximum is about 1,030: a bomb sits near it, real images far below
    ratio_floor_bytes: int = 4 * MB  # smaller entries (a plain BMP drawing) may compress well harmlessly


@dataclass(frozen=True)
class Member:
    """One file entry of the archive with its cleaned-up path (folders split on '/')."""

    info: zipfile.ZipInfo
    path: str  # NFC-normalised, '/'-separated, no '.' parts

    @property
    def parts(self) -> tuple[str, ...]:
        return tuple(self.path.split("/"))

    @property
    def declared_size(self) -> int:
        return int(self.info.file_size)


def open_archive(source: bytes | Path, limits: ZipLimits) -> zipfile.ZipFile:
    """Open an archive after checking its size and its entry count; ArchiveRefused if not a zip or too big."""
    try:
        size = len(source) if isinstance(source, bytes | bytearray) else Path(source).stat().st_size
        if size > limits.max_archive_bytes:
            raise ArchiveRefused("safezip.archive_too_large", size_mb=size / MB,
                                 limit_mb=limits.max_archive_bytes / MB)
        if isinstance(source, bytes | bytearray):
            handle = io.BytesIO(source)
            _check_entry_count(handle, limits.max_entries)
            return zipfile.ZipFile(handle)
        with Path(source).open("rb") as raw:
            _check_entry_count(raw, limits.max_entries)
        return zipfile.ZipFile(Path(source))  # owns (and closes) its own file handle
    except ArchiveRefused:  # too large, too many entries: said as it is, not as "not a zip"
        raise
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as exc:
        raise ArchiveRefused("safezip.not_a_zip", reason=str(exc) or type(exc).__name__) from None


def _check_entry_count(handle: BinaryIO, max_entries: int) -> None:
    """Count central-directory entries on the raw bytes (zipfile builds one Python object per entry)."""
    end = zipfile._EndRecData(handle)  # the end-of-central-directory record (also handles zip64)
    if end is None:
        raise ArchiveRefused("safezip.not_a_zip", reason="no end-of-central-directory record")
    declared = int(end[zipfile._ECD_ENTRIES_TOTAL])
    directory_size = int(end[zipfile._ECD_SIZE])
    start = int(end[zipfile._ECD_LOCATION]) - directory_size
    if end[zipfile._ECD_SIGNATURE] == zipfile.stringEndArchive64:
        start -= zipfile.sizeEndCentDir64 + zipfile.sizeEndCentDir64Locator
    if declared > max_entries:
        raise ArchiveRefused("safezip.too_many_entries", n=declared, limit=max_entries)
    if start < 0:
        raise ArchiveRefused("safezip.not_a_zip", reason="the central directory lies outside the file")
    handle.seek(start)
    counted = handle.read(directory_size).count(_CENTRAL_ENTRY_SIGNATURE)  # an upper bound on what zipfile parses
    if counted > max_entries:
        raise ArchiveRefused("safezip.too_many_entries", n=counted, limit=max_entries)


def entry_name(info: zipfile.ZipInfo) -> str:
    """The member's name as its creator meant it: zips without the UTF-8 flag are decoded by Python as
    cp437; Korean Windows writes cp949 there, macOS writes decomposed (NFD) Hangul."""
    name = info.filename
    if not info.flag_bits & 0x800:
        raw = name.encode("cp437", errors="replace")
        for encoding in ("utf-8", "cp949"):
            try:
                name = raw.decode(encoding)
                break
            except UnicodeDecodeError:
                continue
    return unicodedata.normalize("NFC", name)


def safe_path(info: zipfile.ZipInfo) -> str:
    """The entry's '/'-separated path; ArchiveRefused for a path that could leave a target folder."""
    name = entry_name(info)
    shown = name[:200]
    posix = name.replace("\\", "/")
    if posix.startswith("/"):
        raise ArchiveRefused("safezip.absolute_path", entry=shown)
    if _DRIVE.match(posix):
        raise ArchiveRefused("safezip.drive_path", entry=shown)
    parts = [part for part in PurePosixPath(posix).parts if part not in ("", ".")]
    if ".." in parts:
        raise ArchiveRefused("safezip.parent_path", entry=shown)
    return "/".join(parts)


def is_symlink(info: zipfile.ZipInfo) -> bool:
    return stat.S_ISLNK(info.external_attr >> 16)


def checked_members(archive: zipfile.ZipFile, limits: ZipLimits) -> list[Member]:
    """Every file entry (folders left out) after the whole-archive checks, in name order."""
    members: list[Member] = []
    total = 0
    for info in archive.infolist():
        path = safe_path(info)
        if is_symlink(info):
            raise ArchiveRefused("safezip.symlink", entry=path)
        if info.is_dir() or not path:
            continue
        size = int(info.file_size)
        if size > limits.ratio_floor_bytes and size > limits.max_ratio * max(int(info.compress_size), 1):
            raise ArchiveRefused("safezip.bomb", entry=path, ratio=size / max(int(info.compress_size), 1),
                                 limit=limits.max_ratio)
        total += size
        if total > limits.max_unpacked_bytes:
            raise ArchiveRefused("safezip.unpacked_too_large", limit_mb=limits.max_unpacked_bytes / MB)
        members.append(Member(info, path))
    return sorted(members, key=lambda m: m.path)


class Budget:
    """The unpacked bytes the whole archive may still produce, counted on what is actually read."""

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self.used = 0

    def spend(self, n: int) -> None:
        self.used += n
        if self.used > self.limit:
            raise ArchiveRefused("safezip.unpacked_too_large", limit_mb=self.limit / MB)


def read_member(archive: zipfile.ZipFile, member: Member, limits: ZipLimits, budget: Budget) -> bytes:
    """The member's bytes, read in chunks. MemberUnreadable when it cannot or may not be read;
    ArchiveRefused when the archive as a whole passes its unpacked-size limit."""
    info = member.info
    if info.flag_bits & 0x1:
        raise MemberUnreadable("safezip.encrypted")
    cap = limits.max_member_bytes
    if member.declared_size > cap:
        raise MemberUnreadable("safezip.member_too_large", size_mb=member.declared_size / MB, limit_mb=cap / MB)
    chunks: list[bytes] = []
    done = 0
    try:
        with archive.open(info) as stream:
            while True:
                chunk = stream.read(min(CHUNK, cap + 1 - done))
                if not chunk:
                    break
                done += len(chunk)
                budget.spend(len(chunk))
                if done > cap:
                    raise MemberUnreadable("safezip.member_too_large", size_mb=done / MB, limit_mb=cap / MB)
                chunks.append(chunk)
    except (MemberUnreadable, ArchiveRefused):  # a member or the archive too large: said as it is, not "damaged"
        raise
    except NotImplementedError as exc:  # a compression method zipfile lacks (e.g. deflate64)
        raise MemberUnreadable("safezip.unsupported", reason=str(exc)) from None
    except (zipfile.BadZipFile, OSError, EOFError, ValueError, RuntimeError) as exc:
        # zipfile stops at the declared size, so a member that holds more fails its CRC check here
        raise MemberUnreadable("safezip.damaged", reason=str(exc) or type(exc).__name__) from None
    return b"".join(chunks)
