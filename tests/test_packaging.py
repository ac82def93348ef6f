"""The wheel works on its own: built from the repository, installed in a new venv, run elsewhere.

The new venv gets debtdesk only from the wheel. Its dependencies are borrowed
from the development venv through a ``.pth`` line (installing them again would
take minutes); a ``.pth`` line adds a folder to ``sys.path`` without reading the
``.pth`` files inside it, so the development venv's editable link to the source
tree does not come along. Commands run in an empty folder, so the repository is
never on ``sys.path`` either.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import sysconfig
import venv
import zipfile
from dataclasses import dataclass
from pathlib import Path

import pytest

import debtdesk

REPO = Path(__file__).resolve().parent.parent
MIGRATIONS = REPO / "debtdesk" / "db" / "migrations"


def files_under(folder: Path) -> list[str]:
    return sorted(
        path.relative_to(folder).as_posix()
        for path in folder.rglob("*")
        if path.is_file() and "__pycache__" not in path.parts and path.suffix != ".pyc"
    )


@dataclass(frozen=True)
class Installed:
    wheel: Path
    venv: Path
    workdir: Path
    resources: list[str]  # the source files the wheel was built from
    migrations: list[str]

    @property
    def names(self) -> set[str]:
        with zipfile.ZipFile(self.wheel) as archive:
            return set(archive.namelist())

    def bin(self, name: str) -> Path:
        return self.venv / ("Scripts" if os.name == "nt" else "bin") / name

    def run(self, *args: str | Path) -> subprocess.CompletedProcess[str]:
        env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME")}
        env["PYTHONNOUSERSITE"] = "1"
        result = subprocess.run(
            [str(arg) for arg in args],
            cwd=self.workdir,
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
        assert result.returncode == 0, f"{args} failed:\n{result.stdout}\n{result.stderr}"
        return result

    def python(self, code: str) -> str:
        return self.run(self.bin("python"), "-c", code).stdout


def _run(*args: str | Path) -> None:
    result = subprocess.run(
        [str(arg) for arg in args], capture_output=True, text=True, timeout=300, check=False
    )
    assert result.returncode == 0, f"{args} failed:\n{result.stdout}\n{result.stderr}"


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Installed:
    root = tmp_path_factory.mktemp("packaging")
    dist = root / "dist"
    resources, migrations = files_under(REPO / "resources"), files_under(MIGRATIONS)
    _run(sys.executable, "-m", "build", "--wheel", "--outdir", dist, REPO)
    (wheel,) = dist.glob("debtdesk-*.whl")

    target = root / "venv"
    venv.EnvBuilder(with_pip=False).create(target)
    python = target / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    _run(sys.executable, "-m", "pip", "--python", python, "install", "--quiet",
         "--no-deps", "--no-index", wheel)  # fmt: skip
    site = subprocess.run(
        [python, "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"],
        capture_output=True, text=True, check=True,
    ).stdout.strip()  # fmt: skip
    borrowed = dict.fromkeys([sysconfig.get_path("purelib"), sysconfig.get_path("platlib")])
    (Path(site) / "zz_dev_dependencies.pth").write_text("\n".join(borrowed) + "\n")

    workdir = root / "elsewhere"
    workdir.mkdir()
    return Installed(wheel, target, workdir, resources, migrations)


def test_wheel_holds_every_resource_file(installed: Installed) -> None:
    expected = {f"debtdesk/_resources/{name}" for name in installed.resources}
    assert expected, "resources/ is empty"
    assert expected - installed.names == set()


def test_wheel_holds_the_migrations(installed: Installed) -> None:
    expected = {f"debtdesk/db/migrations/{name}" for name in installed.migrations}
    assert {
        "debtdesk/db/migrations/env.py",
        "debtdesk/db/migrations/script.py.mako",
    } <= expected
    assert any(name.startswith("versions/") for name in installed.migrations)
    assert expected - installed.names == set()


def test_wheel_holds_the_ui_and_no_tests_or_caches(installed: Installed) -> None:
    names = installed.names
    assert "ui/launcher.py" in names
    assert not [n for n in names if n.startswith("tests/") or "__pycache__" in n]


def test_installed_code_and_resources_come_from_the_wheel(installed: Installed) -> None:
    found = json.loads(
        installed.python(
            "import json, debtdesk, ui, debtdesk.resources as r, debtdesk.db.migrate as m\n"
            "root = r.resources_root()\n"
            "print(json.dumps({'paths': [debtdesk.__file__, ui.__file__, str(root),"
            " str(m.MIGRATIONS)], 'resources': sorted(p.relative_to(root).as_posix()"
            " for p in root.rglob('*') if p.is_file())}))\n"
        )
    )
    venv_root = installed.venv.resolve()
    for path in found["paths"]:
        assert Path(path).resolve().is_relative_to(venv_root), f"{path} is not from the wheel"
    assert found["resources"] == installed.resources


def test_installed_package_creates_a_database(installed: Installed) -> None:
    path = installed.workdir / "direct.sqlite3"
    out = installed.python(
        "from debtdesk.db import open_database, migrate\n"
        f"db = open_database({f'sqlite:///{path}'!r})\n"
        "from sqlalchemy import inspect\n"
        "print(migrate.schema_state(db.engine).up_to_date, 'advisor' in inspect(db.engine)"
        ".get_table_names())\n"
        "db.dispose()\n"
    )
    assert out.split() == ["True", "True"]


def test_installed_command_prints_its_version(installed: Installed) -> None:
    result = installed.run(installed.bin("debtdesk"), "--version")
    assert debtdesk.__version__ in result.stdout + result.stderr


def test_installed_command_creates_and_lists_an_empty_register(installed: Installed) -> None:
    url = f"sqlite:///{installed.workdir / 'cli.sqlite3'}"
    debtdesk_command = installed.bin("debtdesk")
    installed.run(debtdesk_command, "--database", url, "db", "upgrade")
    result = installed.run(debtdesk_command, "--database", url, "cases", "--format", "json")
    assert json.loads(result.stdout) == []
