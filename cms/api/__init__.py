"""The read-only content API under ``/api/v2/``: what another front end needs to rebuild both sites.

``urls`` lists the endpoints, ``views`` answers them, ``schema`` describes them in
OpenAPI 3. Serializers live beside the concern they serialize: ``pages``, ``blocks``,
``media``, ``sites``, ``publications``.
"""
