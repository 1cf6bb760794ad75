"""Contains all the data models used in inputs/outputs"""

from .absolute_limits import AbsoluteLimits
from .add_floating_ip_request import AddFloatingIpRequest
from .attached_volume import AttachedVolume
from .availability_zone import AvailabilityZone
from .availability_zone_hosts import AvailabilityZoneHosts
from .availability_zone_list import AvailabilityZoneList
from .availability_zone_state import AvailabilityZoneState
from .block_device_mapping import BlockDeviceMapping
from .block_device_mapping_destination_type import BlockDeviceMappingDestinationType
from .block_device_mapping_source_type import BlockDeviceMappingSourceType
from .compute_fault import ComputeFault
from .console_output import ConsoleOutput
from .console_output_request import ConsoleOutputRequest
from .create_image_request import CreateImageRequest
from .create_image_result import CreateImageResult
from .disk_config import DiskConfig
from .empty_string import EmptyString
from .fault_body import FaultBody
from .flavor import Flavor
from .flavor_detail import FlavorDetail
from .flavor_detail_list import FlavorDetailList
from .flavor_extra_specs import FlavorExtraSpecs
from .flavor_list import FlavorList
from .flavor_response import FlavorResponse
from .floating_ip import FloatingIp
from .floating_ip_create_request import FloatingIpCreateRequest
from .floating_ip_list import FloatingIpList
from .floating_ip_response import FloatingIpResponse
from .identity_version_list import IdentityVersionList
from .identity_version_values import IdentityVersionValues
from .image import Image
from .image_detail_list import ImageDetailList
from .image_list import ImageList
from .image_response import ImageResponse
from .image_server import ImageServer
from .image_summary import ImageSummary
from .keypair import Keypair
from .keypair_create import KeypairCreate
from .keypair_create_request import KeypairCreateRequest
from .keypair_create_response import KeypairCreateResponse
from .keypair_created import KeypairCreated
from .keypair_detail import KeypairDetail
from .keypair_list import KeypairList
from .keypair_list_entry import KeypairListEntry
from .keypair_response import KeypairResponse
from .keystone_error import KeystoneError
from .keystone_error_body import KeystoneErrorBody
from .limits import Limits
from .limits_rate_item import LimitsRateItem
from .limits_response import LimitsResponse
from .link import Link
from .media_type import MediaType
from .metadata import Metadata
from .metadata_item import MetadataItem
from .metadata_map import MetadataMap
from .nhn_encryption import NhnEncryption
from .personality import Personality
from .reboot_request import RebootRequest
from .reboot_request_type import RebootRequestType
from .remove_floating_ip_request import RemoveFloatingIpRequest
from .reservation_response import ReservationResponse
from .resize_request import ResizeRequest
from .scheduler_hints import SchedulerHints
from .security_group_ref import SecurityGroupRef
from .server import Server
from .server_action_add_floating_ip import ServerActionAddFloatingIp
from .server_action_add_security_group import ServerActionAddSecurityGroup
from .server_action_confirm_resize import ServerActionConfirmResize
from .server_action_create_image import ServerActionCreateImage
from .server_action_get_console_output import ServerActionGetConsoleOutput
from .server_action_reboot import ServerActionReboot
from .server_action_remove_floating_ip import ServerActionRemoveFloatingIp
from .server_action_remove_security_group import ServerActionRemoveSecurityGroup
from .server_action_resize import ServerActionResize
from .server_action_shelve import ServerActionShelve
from .server_action_start import ServerActionStart
from .server_action_stop import ServerActionStop
from .server_action_unshelve import ServerActionUnshelve
from .server_address import ServerAddress
from .server_addresses import ServerAddresses
from .server_base import ServerBase
from .server_create import ServerCreate
from .server_create_request import ServerCreateRequest
from .server_create_response import ServerCreateResponse
from .server_created import ServerCreated
from .server_detail_list import ServerDetailList
from .server_fault import ServerFault
from .server_flavor import ServerFlavor
from .server_group import ServerGroup
from .server_group_create import ServerGroupCreate
from .server_group_create_request import ServerGroupCreateRequest
from .server_group_list import ServerGroupList
from .server_group_metadata import ServerGroupMetadata
from .server_group_policy import ServerGroupPolicy
from .server_group_response import ServerGroupResponse
from .server_image import ServerImage
from .server_ips import ServerIps
from .server_list import ServerList
from .server_metadata import ServerMetadata
from .server_metadata_item_request import ServerMetadataItemRequest
from .server_metadata_item_response import ServerMetadataItemResponse
from .server_metadata_request import ServerMetadataRequest
from .server_metadata_response import ServerMetadataResponse
from .server_network import ServerNetwork
from .server_network_ips import ServerNetworkIps
from .server_power_state import ServerPowerState
from .server_response import ServerResponse
from .server_security_group import ServerSecurityGroup
from .server_security_group_list import ServerSecurityGroupList
from .server_security_group_rule import ServerSecurityGroupRule
from .server_status import ServerStatus
from .server_summary import ServerSummary
from .server_update import ServerUpdate
from .server_update_request import ServerUpdateRequest
from .server_update_response import ServerUpdateResponse
from .server_vm_state import ServerVmState
from .unshelve_options import UnshelveOptions
from .version import Version
from .version_list import VersionList
from .volume_attachment import VolumeAttachment
from .volume_attachment_create import VolumeAttachmentCreate
from .volume_attachment_create_request import VolumeAttachmentCreateRequest
from .volume_attachment_list import VolumeAttachmentList
from .volume_attachment_response import VolumeAttachmentResponse

__all__ = (
    "AbsoluteLimits",
    "AddFloatingIpRequest",
    "AttachedVolume",
    "AvailabilityZone",
    "AvailabilityZoneHosts",
    "AvailabilityZoneList",
    "AvailabilityZoneState",
    "BlockDeviceMapping",
    "BlockDeviceMappingDestinationType",
    "BlockDeviceMappingSourceType",
    "ComputeFault",
    "ConsoleOutput",
    "ConsoleOutputRequest",
    "CreateImageRequest",
    "CreateImageResult",
    "DiskConfig",
    "EmptyString",
    "FaultBody",
    "Flavor",
    "FlavorDetail",
    "FlavorDetailList",
    "FlavorExtraSpecs",
    "FlavorList",
    "FlavorResponse",
    "FloatingIp",
    "FloatingIpCreateRequest",
    "FloatingIpList",
    "FloatingIpResponse",
    "IdentityVersionList",
    "IdentityVersionValues",
    "Image",
    "ImageDetailList",
    "ImageList",
    "ImageResponse",
    "ImageServer",
    "ImageSummary",
    "Keypair",
    "KeypairCreate",
    "KeypairCreated",
    "KeypairCreateRequest",
    "KeypairCreateResponse",
    "KeypairDetail",
    "KeypairList",
    "KeypairListEntry",
    "KeypairResponse",
    "KeystoneError",
    "KeystoneErrorBody",
    "Limits",
    "LimitsRateItem",
    "LimitsResponse",
    "Link",
    "MediaType",
    "Metadata",
    "MetadataItem",
    "MetadataMap",
    "NhnEncryption",
    "Personality",
    "RebootRequest",
    "RebootRequestType",
    "RemoveFloatingIpRequest",
    "ReservationResponse",
    "ResizeRequest",
    "SchedulerHints",
    "SecurityGroupRef",
    "Server",
    "ServerActionAddFloatingIp",
    "ServerActionAddSecurityGroup",
    "ServerActionConfirmResize",
    "ServerActionCreateImage",
    "ServerActionGetConsoleOutput",
    "ServerActionReboot",
    "ServerActionRemoveFloatingIp",
    "ServerActionRemoveSecurityGroup",
    "ServerActionResize",
    "ServerActionShelve",
    "ServerActionStart",
    "ServerActionStop",
    "ServerActionUnshelve",
    "ServerAddress",
    "ServerAddresses",
    "ServerBase",
    "ServerCreate",
    "ServerCreated",
    "ServerCreateRequest",
    "ServerCreateResponse",
    "ServerDetailList",
    "ServerFault",
    "ServerFlavor",
    "ServerGroup",
    "ServerGroupCreate",
    "ServerGroupCreateRequest",
    "ServerGroupList",
    "ServerGroupMetadata",
    "ServerGroupPolicy",
    "ServerGroupResponse",
    "ServerImage",
    "ServerIps",
    "ServerList",
    "ServerMetadata",
    "ServerMetadataItemRequest",
    "ServerMetadataItemResponse",
    "ServerMetadataRequest",
    "ServerMetadataResponse",
    "ServerNetwork",
    "ServerNetworkIps",
    "ServerPowerState",
    "ServerResponse",
    "ServerSecurityGroup",
    "ServerSecurityGroupList",
    "ServerSecurityGroupRule",
    "ServerStatus",
    "ServerSummary",
    "ServerUpdate",
    "ServerUpdateRequest",
    "ServerUpdateResponse",
    "ServerVmState",
    "UnshelveOptions",
    "Version",
    "VersionList",
    "VolumeAttachment",
    "VolumeAttachmentCreate",
    "VolumeAttachmentCreateRequest",
    "VolumeAttachmentList",
    "VolumeAttachmentResponse",
)
