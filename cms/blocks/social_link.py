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

    platform = blocks.ChoiceBlock(choices=SOCIAL_PLATFORMS, help_text="Its icon and name are shown in the footer.")
    url = blocks.URLBlock(help_text="The full address of the network's page there, starting with https://.")

    class Meta:
        icon = "link"
        label = "Social link"
