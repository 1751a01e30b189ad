"""The StreamField blocks of every page, one definition per module.

``BODY_BLOCKS`` is the registry: page bodies take their block list from it, so a new
block is added here once and every body offers it.
"""

from publications.blocks import RelevantPublicationsBlock

from .call_to_action import CallToActionBlock
from .document_list import DocumentListBlock
from .embed import CaptionedEmbedBlock
from .figures import FiguresBlock
from .image import CaptionedImageBlock
from .quote import QuoteBlock
from .rich_text import RichTextSectionBlock
from .social_link import SocialLinkBlock

BODY_BLOCKS = [
    ("text", RichTextSectionBlock()),
    ("image", CaptionedImageBlock()),
    ("quote", QuoteBlock()),
    ("call_to_action", CallToActionBlock()),
    ("figures", FiguresBlock()),
    ("documents", DocumentListBlock()),
    ("embed", CaptionedEmbedBlock()),
    ("relevant_publications", RelevantPublicationsBlock()),
]

__all__ = [
    "BODY_BLOCKS",
    "CallToActionBlock",
    "CaptionedEmbedBlock",
    "CaptionedImageBlock",
    "DocumentListBlock",
    "FiguresBlock",
    "QuoteBlock",
    "RelevantPublicationsBlock",
    "RichTextSectionBlock",
    "SocialLinkBlock",
]
