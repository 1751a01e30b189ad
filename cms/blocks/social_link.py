from wagtail import blocks

SOCIAL_PLATFORMS = [
    ("facebook", "Facebook"),
    ("x", "X (Twitter)"),
    ("instagram", "Instagram"),
    ("youtube", "YouTube"),
    ("linkedin", "LinkedIn"),
    ("telegram", "Telegram"),
    ("website", "Website"),
]


class SocialLinkBlock(blocks.StructBlock):
    """One of the network's accounts, shown in the footer."""

    platform = blocks.ChoiceBlock(choices=SOCIAL_PLATFORMS)
    url = blocks.URLBlock()

    class Meta:
        icon = "link"
        label = "Social link"
