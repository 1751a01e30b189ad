"""Links of a paginated list: previous, next and the numbers around the current page."""


def page_links(page_obj, url_for, window=2):
    """``{"previous", "next", "pages"}`` for ``page_obj``; ``url_for(number)`` builds each URL."""
    last = page_obj.paginator.num_pages
    numbers = range(max(1, page_obj.number - window), min(last, page_obj.number + window) + 1)
    return {
        "previous": url_for(page_obj.previous_page_number()) if page_obj.has_previous() else None,
        "next": url_for(page_obj.next_page_number()) if page_obj.has_next() else None,
        "pages": [{"number": n, "url": url_for(n), "current": n == page_obj.number} for n in numbers],
    }
