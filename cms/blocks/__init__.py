"""The shared StreamField blocks, one definition per module.

``BODY_BLOCKS`` is the registry of blocks every page body offers: a new shared block is
added here once. Apps extend it with blocks of their own (``publications.blocks``
adds a live list of publications).
"""

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
]

__all__ = [
    "BODY_BLOCKS",
    "CallToActionBlock",
    "CaptionedEmbedBlock",
    "CaptionedImageBlock",
    "DocumentListBlock",
    "FiguresBlock",
    "QuoteBlock",
    "RichTextSectionBlock",
    "SocialLinkBlock",
]
