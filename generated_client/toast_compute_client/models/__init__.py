"""Contains all the data models used in inputs/outputs"""

from .attached_volume import AttachedVolume
from .availability_zone import AvailabilityZone
from .availability_zone_hosts import AvailabilityZoneHosts
from .availability_zone_list import AvailabilityZoneList
from .availability_zone_state import AvailabilityZoneState
from .block_device_mapping import BlockDeviceMapping
from .block_device_mapping_destination_type import BlockDeviceMappingDestinationType
from .block_device_mapping_source_type import BlockDeviceMappingSourceType
from .compute_fault import ComputeFault
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
from .identity_version_list import IdentityVersionList
from .identity_version_values import IdentityVersionValues
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
from .link import Link
from .media_type import MediaType
from .metadata import Metadata
from .personality import Personality
from .reboot_request import RebootRequest
from .reboot_request_type import RebootRequestType
from .reservation_response import ReservationResponse
from .resize_request import ResizeRequest
from .scheduler_hints import SchedulerHints
from .security_group_ref import SecurityGroupRef
from .server import Server
from .server_action_add_security_group import ServerActionAddSecurityGroup
from .server_action_create_image import ServerActionCreateImage
from .server_action_reboot import ServerActionReboot
from .server_action_remove_security_group import ServerActionRemoveSecurityGroup
from .server_action_resize import ServerActionResize
from .server_action_start import ServerActionStart
from .server_action_stop import ServerActionStop
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
from .server_image import ServerImage
from .server_list import ServerList
from .server_metadata import ServerMetadata
from .server_network import ServerNetwork
from .server_power_state import ServerPowerState
from .server_response import ServerResponse
from .server_status import ServerStatus
from .server_summary import ServerSummary
from .server_update import ServerUpdate
from .server_update_request import ServerUpdateRequest
from .server_update_response import ServerUpdateResponse
from .server_vm_state import ServerVmState
from .version import Version
from .version_list import VersionList
from .volume_attachment import VolumeAttachment
from .volume_attachment_create import VolumeAttachmentCreate
from .volume_attachment_create_request import VolumeAttachmentCreateRequest
from .volume_attachment_list import VolumeAttachmentList
from .volume_attachment_response import VolumeAttachmentResponse

__all__ = (
    "AttachedVolume",
    "AvailabilityZone",
    "AvailabilityZoneHosts",
    "AvailabilityZoneList",
    "AvailabilityZoneState",
    "BlockDeviceMapping",
    "BlockDeviceMappingDestinationType",
    "BlockDeviceMappingSourceType",
    "ComputeFault",
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
    "IdentityVersionList",
    "IdentityVersionValues",
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
    "Link",
    "MediaType",
    "Metadata",
    "Personality",
    "RebootRequest",
    "RebootRequestType",
    "ReservationResponse",
    "ResizeRequest",
    "SchedulerHints",
    "SecurityGroupRef",
    "Server",
    "ServerActionAddSecurityGroup",
    "ServerActionCreateImage",
    "ServerActionReboot",
    "ServerActionRemoveSecurityGroup",
    "ServerActionResize",
    "ServerActionStart",
    "ServerActionStop",
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
    "ServerImage",
    "ServerList",
    "ServerMetadata",
    "ServerNetwork",
    "ServerPowerState",
    "ServerResponse",
    "ServerStatus",
    "ServerSummary",
    "ServerUpdate",
    "ServerUpdateRequest",
    "ServerUpdateResponse",
    "ServerVmState",
    "Version",
    "VersionList",
    "VolumeAttachment",
    "VolumeAttachmentCreate",
    "VolumeAttachmentCreateRequest",
    "VolumeAttachmentList",
    "VolumeAttachmentResponse",
)
