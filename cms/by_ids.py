"""Model instances by primary key, with the SQL that loads them written once per process.

Django builds and compiles a query each time one is run. For a page type (a join of
Wagtail's page table and the type's own) that costs about 1.5 ms here, ten times what
the database takes to answer it. The queries that load instances by id differ only in
their ids: so the SQL for "these fields of this model, for N ids" is compiled once (N
rounded up to a power of two, the last id repeated to fill it) and run again with other
ids, its rows turned into instances as Django's ``ModelIterable`` would. For models with
integer primary keys (every model here).
"""

import threading

from django.db import connections, router

LARGEST_PREPARED = 512  # more ids than this go through the ORM (SQLite's limits on parameters)
_SENTINEL_BASE = -(2**40)  # ids no row has, to find where the ids go among the parameters

_prepared = {}
_lock = threading.Lock()


def instances_by_id(model, ids, fields=()):
    """``{id: instance}`` of ``model`` (its default manager, unordered); only ``fields`` loaded when given.

    Ids with no row are left out. The same as ``model.objects.only(*fields).in_bulk(ids)``.
    """
    prepared = model._meta.pk.get_prep_value  # as the ORM does: "abc" is a ValueError, never SQL
    ids = list(dict.fromkeys(prepared(pk) for pk in ids))
    if not ids:
        return {}
    if len(ids) > LARGEST_PREPARED:
        return _unprepared(model, fields).in_bulk(ids)
    alias = router.db_for_read(model)
    statement = _statement(model, tuple(fields), _bucket(len(ids)), alias)
    if not statement.plain:  # a manager that joins or annotates: its rows are more than the model's fields
        return _unprepared(model, fields).in_bulk(ids)
    return statement.run(alias, ids)


def _bucket(count):
    """The power of two at least ``count``: a few statements per model serve every count of ids."""
    return 1 << (count - 1).bit_length()


def _unprepared(model, fields):
    queryset = model._default_manager.order_by()
    return queryset.only(*fields) if fields else queryset


def _statement(model, fields, size, alias):
    key = (model._meta.label_lower, fields, size, alias)
    statement = _prepared.get(key)
    if statement is None:
        with _lock:
            statement = _prepared.setdefault(key, _Statement(_unprepared(model, fields), size, alias))
    return statement


class _Statement:
    """The SQL, the places of the ids among its parameters, the column converters and the fields per column.

    ``plain`` says whether its rows hold the model's fields alone, which ``run`` can read.
    """

    def __init__(self, queryset, size, alias):
        sentinels = [_SENTINEL_BASE - number for number in range(size)]
        compiler = queryset.filter(pk__in=sentinels).query.get_compiler(using=alias)
        self.sql, params = compiler.as_sql()
        places = {value: place for place, value in enumerate(params) if value in sentinels}
        if len(places) != size:
            raise ValueError(f"{queryset.model._meta.label}: the ids are not all parameters of {self.sql}")
        self.params = list(params)
        self.id_places = [places[sentinel] for sentinel in sentinels]
        self.plain = not compiler.klass_info.get("related_klass_infos") and not compiler.annotation_col_map
        self.model = compiler.klass_info["model"]
        select_fields = compiler.klass_info["select_fields"]
        start, end = select_fields[0], select_fields[-1] + 1
        self.columns = slice(start, end)
        self.attnames = [column[0].target.attname for column in compiler.select[start:end]]
        expressions = [column[0] for column in compiler.select[: compiler.col_count]]
        self.converters = list(compiler.get_converters(expressions).items())
        self.size = size

    def run(self, alias, ids):
        params = list(self.params)
        padded = ids + [ids[-1]] * (self.size - len(ids))
        for place, pk in zip(self.id_places, padded, strict=True):
            params[place] = pk
        connection = connections[alias]
        with connection.cursor() as cursor:
            cursor.execute(self.sql, params)
            rows = cursor.fetchall()
        found = {}
        for row in rows:
            instance = self.model.from_db(alias, self.attnames, self._converted(row, connection)[self.columns])
            found[instance.pk] = instance
        return found

    def _converted(self, row, connection):
        row = list(row)
        for place, (converters, expression) in self.converters:
            value = row[place]
            for converter in converters:
                value = converter(value, expression, connection)
            row[place] = value
        return row
