"""The rich-text toolbars, by how much structure a field may hold.

One list per use, so every field of the same use offers the same tools; headings start
at h2 (the page title is the h1) and short texts get no headings at all.
"""

# A sentence or two: an introduction, a call to join.
INLINE_FEATURES = ["bold", "italic", "link"]
# A few paragraphs with lists: a network's "about", "who we are".
PARAGRAPH_FEATURES = [*INLINE_FEATURES, "ol", "ul"]
# A section of a page with its own subheadings and links to documents.
SECTION_FEATURES = ["h3", *PARAGRAPH_FEATURES, "document-link"]
# A body text block: the full set.
BODY_FEATURES = ["h2", *SECTION_FEATURES]
