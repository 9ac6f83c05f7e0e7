"""`welfare-kg serve`: a read-only SPARQL 1.1 Protocol endpoint over a store, with a small query page.

Researchers who want to point their own tools (YASGUI, R's SPARQL package, pandas
via SPARQLWrapper) at the graph need an HTTP endpoint, not a CLI. This one uses the
standard library's HTTP server and pyoxigraph, binds 127.0.0.1 unless told
otherwise, refuses every update and (unless `allow_service`) every SERVICE clause,
and runs each query in a worker process under a time limit. Contact-data graphs are
invisible unless `include_contacts`.

Routes: `GET /` the query page, `GET /queries` the saved queries as JSON, and
`GET|POST /query` (alias `/sparql`) the protocol endpoint. Result formats follow
the Accept header: SPARQL JSON (default), XML, CSV, TSV for SELECT/ASK; Turtle
(default), N-Triples, RDF/XML, JSON-LD for CONSTRUCT/DESCRIBE.

Modules: `front` (reads connections without a thread each; request deadline), `http`
(protocol and refusals), `workers` (query processes, time limit, fresh data), `sparql`
(what a query text asks for), `results` (formats).
"""

from welfare_kg.serve.http import MAX_BODY, SparqlServer, default_workers, make_server
from welfare_kg.serve.results import negotiate

__all__ = ["MAX_BODY", "SparqlServer", "default_workers", "make_server", "negotiate"]
