"""Texts of cnnviz.data.safezip: why an uploaded archive (a dataset .zip, a .keras file) is refused or one entry
skipped."""

TEXTS = {
    "safezip.archive_too_large": {
        "en": "The archive is {size_mb:,.1f} MB; the limit is {limit_mb:,.0f} MB.",
        "ko": "압축 파일이 {size_mb:,.1f} MB입니다. 최대 {limit_mb:,.0f} MB까지 올릴 수 있습니다.",
    },
    "safezip.not_a_zip": {
        "en": "This is not a readable .zip archive ({reason}).",
        "ko": "읽을 수 있는 .zip 압축 파일이 아닙니다 ({reason}).",
    },
    "safezip.too_many_entries": {
        "en": "The archive holds {n:,} entries; the limit is {limit:,}.",
        "ko": "압축 파일에 항목이 {n:,}개 있습니다. 최대 {limit:,}개까지 받을 수 있습니다.",
    },
    "safezip.absolute_path": {
        "en": "Refused: the entry “{entry}” has an absolute path; every path must stay inside the archive's folder.",
        "ko": "거부됨: “{entry}” 항목은 절대 경로입니다. 모든 경로는 압축 파일의 폴더 안에 있어야 합니다.",
    },
    "safezip.drive_path": {
        "en": "Refused: the entry “{entry}” names a drive letter; every path must stay inside the archive's folder.",
        "ko": "거부됨: “{entry}” 항목에 드라이브 문자가 있습니다. 모든 경로는 압축 파일의 폴더 안에 있어야 합니다.",
    },
    "safezip.parent_path": {
        "en": "Refused: the entry “{entry}” uses “..” to leave the archive's folder.",
        "ko": "거부됨: “{entry}” 항목이 “..”으로 압축 파일의 폴더 밖을 가리킵니다.",
    },
    "safezip.symlink": {
        "en": "Refused: the entry “{entry}” is a symbolic link; archives with links are not accepted.",
        "ko": "거부됨: “{entry}” 항목은 심볼릭 링크입니다. 링크가 든 압축 파일은 받지 않습니다.",
    },
    "safezip.bomb": {
        "en": "Refused as a zip bomb: the entry “{entry}” would expand {ratio:,.0f} times its packed size "
              "(limit {limit:,.0f}×).",
        "ko": "압축 폭탄으로 보여 거부했습니다: “{entry}” 항목이 압축된 크기의 {ratio:,.0f}배로 풀립니다 "
              "(최대 {limit:,.0f}배).",
    },
    "safezip.unpacked_too_large": {
        "en": "Refused: unpacked, the archive would be larger than the limit of {limit_mb:,.0f} MB.",
        "ko": "거부됨: 압축을 풀면 최대 크기 {limit_mb:,.0f} MB를 넘습니다.",
    },
    "safezip.encrypted": {
        "en": "encrypted (password-protected)",
        "ko": "암호가 걸려 있음",
    },
    "safezip.member_too_large": {
        "en": "{size_mb:,.1f} MB, over the limit of {limit_mb:,.0f} MB per file",
        "ko": "{size_mb:,.1f} MB로 파일 하나의 최대 크기 {limit_mb:,.0f} MB를 넘음",
    },
    "safezip.unsupported": {
        "en": "packed with a compression method that cannot be read: {reason}",
        "ko": "읽을 수 없는 압축 방식: {reason}",
    },
    "safezip.damaged": {
        "en": "damaged archive entry, or its size is wrong: {reason}",
        "ko": "압축 항목이 손상되었거나 크기 정보가 틀림: {reason}",
    },
}
