"""generated_client/ is exactly what the pinned generator makes from the bundle (golden record), and it reads well."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import attrs
import pytest
import yaml
from toast_compute_client import models

from scripts import generate_client
from tests.paths import ROOT

pytestmark = pytest.mark.client



def test_committed_client_matches_a_fresh_generation() -> None:
    """The same check as `nox -s generate -- --check`; a stale client fails with the diff."""
    env = dict(os.environ, PATH=f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}")
    result = subprocess.run(
        [sys.executable, "-m", "scripts.generate_client", "--check"],
        capture_output=True, text=True, env=env, cwd=ROOT, timeout=300,
    )
    assert result.returncode == 0, result.stdout[-20000:] + result.stderr[-5000:]
    assert "matches a fresh generation" in result.stdout


def test_differences_report_changed_added_and_removed_files(tmp_path: Path) -> None:
    committed, fresh = tmp_path / "committed", tmp_path / "fresh"
    for root in (committed, fresh):
        (root / "pkg").mkdir(parents=True)
        (root / "pkg" / "same.py").write_text("x = 1\n")
    (committed / "pkg" / "changed.py").write_text("status = 'old'\n")
    (fresh / "pkg" / "changed.py").write_text("status = 'new'\n")
    (committed / "pkg" / "hand_edit.py").write_text("")
    (fresh / "pkg" / "new_model.py").write_text("")
    (committed / "pkg" / "__pycache__").mkdir()
    (committed / "pkg" / "__pycache__" / "x.pyc").write_bytes(b"\0")
    lines = "".join(generate_client.differences(committed, fresh))
    assert "only in the committed client: pkg/hand_edit.py" in lines
    assert "missing from the committed client: pkg/new_model.py" in lines
    assert "-status = 'old'" in lines and "+status = 'new'" in lines
    assert "same.py" not in lines and "__pycache__" not in lines


def test_config_has_only_keys_the_generator_knows() -> None:
    """openapi-python-client silently ignores unknown keys, so a typo would go unnoticed."""
    from openapi_python_client.config import ConfigFile

    config = yaml.safe_load((ROOT / "generated_client.config.yaml").read_text())
    assert set(config) <= set(ConfigFile.model_fields)
    assert all("--no-cache" in hook for hook in config["post_hooks"])


def test_words_split_on_colons_and_ipv4_stays_one_word() -> None:
    split_words = generate_client.split_words
    assert split_words("OS-EXT-STS:task_state".replace(":", " ")) == ["OS", "EXT", "STS", "task", "state"]
    assert split_words("accessIPv4") == ["access", "IPv4"]
    assert split_words("changes-since") == ["changes", "since"]


# JSON key -> Python attribute, on the class that has it.
NAMES = {
    models.Server: {
        "OS-EXT-STS:task_state": "os_ext_sts_task_state",
        "OS-EXT-STS:vm_state": "os_ext_sts_vm_state",
        "OS-EXT-STS:power_state": "os_ext_sts_power_state",
        "OS-DCF:diskConfig": "os_dcf_disk_config",
        "OS-SRV-USG:launched_at": "os_srv_usg_launched_at",
        "OS-SRV-USG:terminated_at": "os_srv_usg_terminated_at",
        "OS-EXT-AZ:availability_zone": "os_ext_az_availability_zone",
        "os-extended-volumes:volumes_attached": "os_extended_volumes_volumes_attached",
        "accessIPv4": "access_ipv4",
        "accessIPv6": "access_ipv6",
        "hostId": "host_id",
    },
    models.FlavorDetail: {
        "OS-FLV-EXT-DATA:ephemeral": "os_flv_ext_data_ephemeral",
        "OS-FLV-DISABLED:disabled": "os_flv_disabled_disabled",
        "os-flavor-access:is_public": "os_flavor_access_is_public",
    },
    models.ServerAddress: {"OS-EXT-IPS-MAC:mac_addr": "os_ext_ips_mac_mac_addr", "OS-EXT-IPS:type": "os_ext_ips_type"},
    models.ServerCreate: {
        "flavorRef": "flavor_ref",
        "imageRef": "image_ref",
        "OS-DCF:diskConfig": "os_dcf_disk_config",
    },
}


@pytest.mark.parametrize("model", list(NAMES), ids=lambda m: m.__name__)
def test_readable_attribute_names_and_unchanged_json_keys(model: type) -> None:
    fields = {field.name for field in attrs.fields(model)}
    for json_key, attribute in NAMES[model].items():
        assert attribute in fields, f"{model.__name__}.{attribute} ({json_key})"
    source = Path(sys.modules[model.__module__].__file__ or "").read_text()
    for json_key in NAMES[model]:
        assert f'"{json_key}"' in source


def test_class_names_are_chosen_not_derived() -> None:
    """No `...Type1`/`...Response200`-style names: inline schemas are renamed in the config."""
    names = [name for name in dir(models) if name[:1].isupper()]
    ugly = [n for n in names if any(mark in n for mark in ("Type0", "Type1", "Response20", "Response4"))]
    assert ugly == []
    assert {"AvailabilityZoneHosts", "ServerMetadata", "FlavorExtraSpecs", "SchedulerHints"} <= set(names)


def test_absent_fields_read_as_unset_in_reprs() -> None:
    """templates/types.py.jinja: a model's repr is stable and readable (no object addresses)."""
    assert repr(models.Link(href="https://x/servers/1", rel="self")) == (
        "Link(href='https://x/servers/1', rel='self', type_=UNSET, additional_properties={})"
    )


def test_the_wrapper_refuses_a_generator_whose_templates_changed(monkeypatch: pytest.MonkeyPatch) -> None:
    """The copied templates and the word-splitting patch are only valid for the stock templates they came from."""
    monkeypatch.setitem(generate_client.STOCK_TEMPLATE_SHA256, "types.py.jinja", "0" * 64)
    with pytest.raises(SystemExit, match="types.py.jinja changed"):
        generate_client.patch_generator()


def test_models_import_what_they_parse_once_not_per_call() -> None:
    """templates/model.py.jinja: from_dict/to_dict hold no import statements (they cost ~40% of a page's parse)."""
    for path in (ROOT / "generated_client" / "toast_compute_client" / "models").glob("*.py"):
        for line in path.read_text().splitlines():
            assert not (line.startswith("        from ") and " import " in line), f"{path.name}: {line.strip()}"
