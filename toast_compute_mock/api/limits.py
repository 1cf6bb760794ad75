"""`GET /limits`: the tenant's quotas and what it uses of them (Nova's `limits` view with the used limits of
microversions below 2.36). Rate limits were never enforced by Nova: `rate` is empty. The deprecated network
quotas are shown with Nova's defaults and nothing used, as Nova shows them."""

from __future__ import annotations

from ..backend import quotas
from ..http import MockRequest, Response

# Nova's deprecated network quotas (nova-network's): shown, never enforced by the compute API.
NETWORK_LIMITS = {"maxSecurityGroupRules": 20, "maxSecurityGroups": 10, "maxTotalFloatingIps": 10}


def show_limits(request: MockRequest) -> Response:
    project = request.project
    limits = project.quotas
    used = quotas.usage(project)
    absolute = {
        "maxImageMeta": limits.metadata_items,
        "maxPersonality": limits.injected_files,
        "maxPersonalitySize": limits.injected_file_content_bytes,
        "maxServerMeta": limits.metadata_items,
        "maxTotalCores": limits.cores,
        "maxTotalInstances": limits.instances,
        "maxTotalKeypairs": limits.key_pairs,
        "maxTotalRAMSize": limits.ram,
        "maxServerGroups": limits.server_groups,
        "maxServerGroupMembers": limits.server_group_members,
        **NETWORK_LIMITS,
        "totalCoresUsed": used.cores,
        "totalInstancesUsed": used.instances,
        "totalRAMUsed": used.ram,
        "totalSecurityGroupsUsed": 0,
        "totalFloatingIpsUsed": 0,
        "totalServerGroupsUsed": len(project.server_groups),
    }
    return Response(200, {"limits": {"rate": [], "absolute": absolute}})
