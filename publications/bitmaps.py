"""An index's filter options as bitmaps, built once per content version in each process.

Counting the options of every filter in SQL joins the filtered publications again for
each filter: at 10,000 publications that was most of a filtered request. Here every
publication of an index has a bit (its place in the newest-first order) and every option
of every filter the bitmap of the publications having it, so a filtered request counts
its options with ``int.bit_count`` and finds any page of its matches without ``OFFSET``.

The bitmaps are read from the database once per index and content version and kept in
this process's memory (a few hundred kilobytes at 10,000 publications), never in the
shared cache: unpickling them on every request would cost what they save.
"""

from array import array
from collections import defaultdict
from collections.abc import Sequence

from django.db.models import CharField, Value
from django.utils.functional import cached_property

from cms.content_cache import shared_per_version
from publications.filters import FILTERS, ORDERINGS, SORT_NEWEST, SORT_OLDEST, SORT_TITLE

# The filters whose options are terms a publication links to (not the languages of its files).
LINKED_TERMS = ("topic", "country")
# The filter whose options are the languages of a publication's files.
FILE_LANGUAGE = "lang"


class OptionBitmaps:
    """Publication ids in newest-first order and each option's bitmap; the title order when first asked."""

    def __init__(self, publications, ids, options):
        self.publications = publications
        self.ids = ids  # bit n is ids[n]
        self.options = options  # filter name -> {value: bitmap}
        self.links = {}  # (publication id, filter name) -> ((term id, filter value), ...) of its terms
        self.files = {}  # publication id -> ((document id, language), ...) of its attached files, in order

    def terms_of(self, pk, name):
        """Ids of the terms of filter ``name`` (topic, country) publication ``pk`` links to; None if not held here."""
        return tuple(term_id for term_id, _value in self.links.get((pk, name), ())) if pk in self.place else None

    def files_of(self, pk):
        """``((document id, language), ...)`` of ``pk``'s attached files in their order; None if not held here."""
        return self.files.get(pk, ()) if pk in self.place else None

    def values_of(self, pk, name):
        """The filter values (slugs, codes) of those terms."""
        return [value for _term_id, value in self.links.get((pk, name), ())]

    @cached_property
    def place(self):
        """Each publication id's bit."""
        return {pk: bit for bit, pk in enumerate(self.ids)}

    @cached_property
    def title_order(self):
        """Bit places in the database's title order (its collation, not Python's)."""
        titles = self.publications.order_by(*ORDERINGS[SORT_TITLE]).values_list("pk", flat=True)
        return tuple(self.place[pk] for pk in titles if pk in self.place)

    @cached_property
    def everything(self):
        return (1 << len(self.ids)) - 1

    def mask_of(self, ids):
        """The bitmap of ``ids`` (those held here), set a byte at a time: or-ing each bit into
        the whole bitmap copied it once per id, thousands of times for a common word."""
        data = bytearray((len(self.ids) + 7) // 8)
        for pk in ids:
            bit = self.place.get(pk)
            if bit is not None:
                data[bit >> 3] |= 1 << (bit & 7)
        return int.from_bytes(data, "little")

    def places_of(self, ids):
        """The bit places of ``ids`` (those held here) in their order, four bytes each: a
        ranking of 10,000 matches kept as places takes 40 kB, as ids over 300 kB."""
        place = self.place
        return array("I", [place[pk] for pk in ids if pk in place])

    def ids_at(self, places):
        """The ids at ``places``, in their order, each found when read."""
        return IdsAtPlaces(self.ids, places)

    def ids_in_mask(self, places, mask):
        """The ids at ``places`` in their order, without those outside ``mask``, which has no
        bit but at one of them.

        Read only as far as a page asks: the first page of a common word's matches under a
        filter looks at a few dozen of its thousands of places.
        """
        data = mask.to_bytes((len(self.ids) + 7) // 8, "little")
        ids = self.ids
        kept = (ids[place] for place in places if data[place >> 3] >> (place & 7) & 1)
        return ReadAsFarAsAsked(kept, mask.bit_count())

    def matching(self, selection, within, skip=None):
        """The bitmap of publications in ``within`` having one of the selected options of each filter."""
        mask = within
        for definition in FILTERS:
            chosen = selection[definition.name]
            if definition is skip or not chosen:
                continue
            options = self.options[definition.name]
            mask &= _union(options.get(value, 0) for value in chosen)
        return mask

    def counts(self, selection, within):
        """Per filter, the count of each option given the other filters (options counted 0 left out)."""
        counts = {}
        for definition in FILTERS:
            others = self.matching(selection, within, skip=definition)
            found = ((value, (bitmap & others).bit_count()) for value, bitmap in self.options[definition.name].items())
            counts[definition.name] = {value: count for value, count in found if count}
        return counts

    def ordered_ids(self, mask, sort):
        """Ids of the publications in ``mask``, in the order ``sort`` names (newest first by default)."""
        if sort == SORT_TITLE:
            return [self.ids[bit] for bit in self.title_order if mask >> bit & 1]
        # The whole index (an unfiltered page) is the id list itself: no bit to look at.
        newest = list(self.ids) if mask == self.everything else [self.ids[bit] for bit in _bits(mask)]
        return newest[::-1] if sort == SORT_OLDEST else newest

    def newest_ids(self, mask, count):
        """Ids of the ``count`` newest publications in ``mask``, without looking at the others."""
        return [self.ids[bit] for bit in _lowest_bits(mask, count)]

    def neighbours(self, pk, related_count):
        """Ids of the publications just older and newer than ``pk`` (or None), and of the newest
        ``related_count`` others sharing one of its topics."""
        bit = self.place[pk]
        newer = self.ids[bit - 1] if bit else None
        older = self.ids[bit + 1] if bit + 1 < len(self.ids) else None
        own = 1 << bit
        shared = _union(bitmap for bitmap in self.options["topic"].values() if bitmap & own) & ~own
        return older, newer, [self.ids[place] for place in _lowest_bits(shared, related_count)]


class IdsAtPlaces(Sequence):
    """The ids of ``ids`` (an index's, newest first) at ``places``, looked up as they are read."""

    def __init__(self, ids, places):
        self._ids = ids
        self._places = places

    def __len__(self):
        return len(self._places)

    def __getitem__(self, item):
        if isinstance(item, slice):
            return [self._ids[place] for place in self._places[item]]
        return self._ids[self._places[item]]


class ReadAsFarAsAsked(Sequence):
    """What ``items`` yields, of the told ``length``, read only as far as an index or slice reaches."""

    def __init__(self, items, length):
        self._items = iter(items)
        self._read = []
        self._length = length

    def __len__(self):
        return self._length

    def __getitem__(self, item):
        if isinstance(item, slice):
            start, stop, step = item.indices(self._length)
            self._read_to(stop if step > 0 else start + 1)
        else:
            self._read_to(item + 1 if item >= 0 else self._length)
        return self._read[item]

    def _read_to(self, count):
        while len(self._read) < count:
            try:
                self._read.append(next(self._items))
            except StopIteration:
                self._length = len(self._read)
                return


def _union(bitmaps):
    mask = 0
    for bitmap in bitmaps:
        mask |= bitmap
    return mask


# The set bits of each byte value, lowest first.
BYTE_BITS = [tuple(bit for bit in range(8) if value >> bit & 1) for value in range(256)]


def _bits(mask):
    """The places of the set bits of ``mask``, lowest first: a byte at a time, skipping empty bytes."""
    data = mask.to_bytes((mask.bit_length() + 7) // 8, "little")
    return [number * 8 + bit for number, byte in enumerate(data) if byte for bit in BYTE_BITS[byte]]


def _lowest_bits(mask, count):
    """The places of the ``count`` lowest set bits of ``mask``, without scanning the rest."""
    places = []
    while mask and len(places) < count:
        lowest = mask & -mask
        places.append(lowest.bit_length() - 1)
        mask ^= lowest
    return places


def bitmaps_for(index):
    """The option bitmaps of ``index`` at the current content version, built on first use in each process."""
    return shared_per_version("publication-bitmaps", [index.pk], lambda: build(index.publications()))


def build(publications):
    """Bitmaps of ``publications`` (a queryset): two queries whatever their number."""
    rows = list(publications.order_by(*ORDERINGS[SORT_NEWEST]).values_list("pk", "publication_type", "date"))
    bitmaps = OptionBitmaps(publications, tuple(pk for pk, _type, _date in rows), {})
    place = bitmaps.place
    options = {definition.name: defaultdict(int) for definition in FILTERS}
    for pk, kind, date in rows:
        options["type"][kind] |= 1 << place[pk]
        options["year"][str(date.year)] |= 1 << place[pk]
    links, files = defaultdict(list), defaultdict(list)
    for pk, name, value, linked_id, position, row_id in _links(publications.values("pk")):
        if pk in place:
            options[name][value] |= 1 << place[pk]
            if name in LINKED_TERMS:
                links[pk, name].append((linked_id, value))
            else:
                files[pk].append((position, row_id, linked_id, value))
    bitmaps.options = {name: dict(values) for name, values in options.items()}
    bitmaps.links = {link: tuple(pairs) for link, pairs in links.items()}
    bitmaps.files = {pk: _in_order(attached) for pk, attached in files.items()}
    return bitmaps


def _in_order(attached):
    """``((document id, language), ...)`` as ``PublicationPage.document_list`` orders them."""
    ordered = sorted(attached, key=lambda item: (item[0] is None, item[0] or 0, item[1]))
    return tuple((document_id, language) for _position, _row_id, document_id, language in ordered)


def _links(members):
    """``(publication id, filter name, value, linked row's id, position, link's id)`` of every topic,
    country and attached file (its language, its document, its place in the list), in one query."""
    from publications.models import PublicationDocument, PublicationPage

    def tagged(relation, name, field):
        links = getattr(PublicationPage, relation).through.objects.filter(publicationpage__in=members)
        named = links.annotate(name=Value(name, output_field=CharField()), position=Value(0))
        return named.values_list("publicationpage_id", "name", field, f"{name}_id", "position", "pk").order_by()

    documents = PublicationDocument.objects.filter(page__in=members).annotate(
        name=Value(FILE_LANGUAGE, output_field=CharField())
    )
    languages = documents.values_list("page_id", "name", "language", "document_id", "sort_order", "pk").order_by()
    return tagged("topics", "topic", "topic__slug").union(
        tagged("countries", "country", "country__code"), languages, all=True
    )
