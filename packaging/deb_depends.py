"""Work out a .deb's Depends/Recommends from the shared libraries a PyInstaller bundle links to.

Like dpkg-shlibdeps, without a debian/ directory: read the libraries each ELF file in the bundle
names (DT_NEEDED), drop those the bundle carries, find the rest with the dynamic linker's cache and
ask dpkg which package owns each. Libraries not installed on the build machine are mapped by
Debian's naming rule (libfoo-bar.so.3 -> libfoo-bar3).
Qt's optional plugins (GTK theme, Wayland, EGLFS...) only get Recommends: without their libraries
they do not load, and Qt uses the xcb platform instead.

    python3 packaging/deb_depends.py dist/posse     # prints two lines: Depends / Recommends
"""

from __future__ import annotations

import os
import platform
import re
import subprocess
import sys
from pathlib import Path

# Loaded with dlopen() by Qt (so no DT_NEEDED names them), yet needed for a window on X11.
RUNTIME_DEPENDS = [
    "libc6 (>= 2.28)",
    "libegl1",
    "libgl1",
    "libfontconfig1",
    "libfreetype6",
    "libxkbcommon0",
    "libxkbcommon-x11-0",
    "libdbus-1-3",
    "libglib2.0-0",
    "libxcb-cursor0",
]
RECOMMENDS = ["fonts-dejavu-core | fonts-liberation2", "desktop-file-utils", "hicolor-icon-theme"]

# Plugins whose libraries are required; other plugin dirs are optional (Recommends).
REQUIRED_PLUGIN = re.compile(
    r"/plugins/(platforms/libqxcb|platforms/libqoffscreen|platforms/libqminimal\.|xcbglintegrations/"
    r"|imageformats/|iconengines/|platforminputcontexts/|generic/|tls/|networkinformation/)"
)
PLUGIN = re.compile(r"/plugins/")

# sonames whose package does not follow the lib<name><version> rule.
SONAME_PACKAGES = {
    "libglib-2.0.so.0": "libglib2.0-0",
    "libgobject-2.0.so.0": "libglib2.0-0",
    "libgio-2.0.so.0": "libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0",
    "libgmodule-2.0.so.0": "libglib2.0-0",
    "libgtk-3.so.0": "libgtk-3-0",
    "libgdk-3.so.0": "libgtk-3-0",
    "libstdc++.so.6": "libstdc++6",
    "libgcc_s.so.1": "libgcc-s1",
    "libz.so.1": "zlib1g",
}
# Core C library sonames: covered by libc6 above.
LIBC = re.compile(r"^(libc|libm|libdl|libpthread|librt|libutil|libresolv|ld-linux.*)\.so")


def is_elf(path: Path) -> bool:
    try:
        with path.open("rb") as handle:
            return handle.read(4) == b"\x7fELF"
    except OSError:
        return False


def package_for_soname(soname: str) -> str:
    """Debian's rule: libfoo-bar.so.3 -> libfoo-bar3; libxkbcommon-x11.so.0 -> libxkbcommon-x11-0."""
    if soname in SONAME_PACKAGES:
        return SONAME_PACKAGES[soname]
    match = re.match(r"^(lib[^.]+)\.so\.(\d+)", soname)
    if not match:
        return soname
    name, version = match.group(1).lower().replace("_", "-"), match.group(2)
    return f"{name}-{version}" if name[-1].isdigit() else f"{name}{version}"


def needed_sonames(elf: Path) -> list[str]:
    """The libraries ``elf`` names itself (DT_NEEDED), not what those pull in: like dpkg-shlibdeps."""
    result = subprocess.run(["readelf", "-d", str(elf)], capture_output=True, text=True)
    return re.findall(r"\(NEEDED\)\s+Shared library: \[([^\]]+)\]", result.stdout)


def system_library_paths() -> dict[str, str]:
    """soname -> path from the dynamic linker's cache, this machine's architecture only."""
    flag = {"x86_64": "x86-64", "aarch64": "AArch64"}.get(platform.machine(), "")
    result = subprocess.run(["ldconfig", "-p"], capture_output=True, text=True)
    paths: dict[str, str] = {}
    for line in result.stdout.splitlines():
        match = re.match(r"\s*(\S+)\s+\(([^)]*)\)\s+=>\s+(\S+)", line)
        if match and (not flag or flag in match.group(2)):
            paths.setdefault(match.group(1), match.group(3))
    return paths


def owning_packages(paths: set[str]) -> dict[str, str]:
    """path -> Debian package, asking dpkg once (usr-merged systems know one of two names)."""
    aliases: dict[str, str] = {}
    for path in paths:
        for candidate in {path, os.path.realpath(path)}:
            aliases[candidate] = path
            if candidate.startswith("/usr/lib/"):
                aliases[candidate[len("/usr") :]] = path
            elif candidate.startswith("/lib/"):
                aliases["/usr" + candidate] = path
    if not aliases:
        return {}
    result = subprocess.run(["dpkg", "-S", *sorted(aliases)], capture_output=True, text=True)
    owners: dict[str, str] = {}
    for line in result.stdout.splitlines():
        package, _, owned = line.partition(": ")
        if owned in aliases:
            owners.setdefault(aliases[owned], package.split(",")[0].split(":")[0].strip())
    return owners


def compute(bundle: Path) -> tuple[list[str], list[str]]:
    bundle = bundle.resolve()
    files = [p for p in bundle.rglob("*") if p.is_file() or p.is_symlink()]
    bundled = {p.name for p in files}
    elves = [p for p in files if not p.is_symlink() and is_elf(p)]
    system = system_library_paths()

    required: set[str] = set()  # sonames
    optional: set[str] = set()
    for elf in elves:
        plugin = PLUGIN.search(str(elf)) and not REQUIRED_PLUGIN.search(str(elf))
        for soname in needed_sonames(elf):
            if soname not in bundled and not LIBC.match(soname):
                (optional if plugin else required).add(soname)

    owners = owning_packages({system[s] for s in required | optional if s in system})

    def package(soname: str) -> str:
        path = system.get(soname)
        return (owners.get(path) if path else None) or package_for_soname(soname)

    depends = set(RUNTIME_DEPENDS) | {package(s) for s in required}
    named = {d.split()[0] for d in depends}
    depends = {d for d in depends if d != "libc6"}
    recommends = {package(s) for s in optional} - named - {"libc6"}
    return sorted(depends), [*RECOMMENDS, *sorted(recommends)]


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__, file=sys.stderr)
        return 2
    depends, recommends = compute(Path(argv[0]))
    print(", ".join(depends))
    print(", ".join(recommends))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
