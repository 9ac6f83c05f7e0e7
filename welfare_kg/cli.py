"""The `welfare-kg` command line: each command is a thin call into one library function."""

from __future__ import annotations

import sys
from datetime import datetime
from pathlib import Path

import click

from welfare_kg import __version__
from welfare_kg.viz.views import RELATIONS, VIEWS

STORE_HELP = "Store directory (created if missing)."
READ_STORE_HELP = "Store directory, as made by `welfare-kg ingest` (never created here)."


def store_option(help_text: str = READ_STORE_HELP):
    """--store; only `ingest` makes a store, so only its help says "created" (a reader's typo must not)."""
    def deco(f):
        return click.option("--store", "store_dir", type=click.Path(file_okay=False, path_type=Path),
                            default=Path("kg-store"), show_default=True, help=help_text)(f)
    return deco


def _open(store_dir: Path, *, must_exist: bool = True, read_only: bool = False):
    """The store; readers open it read-only, which works while an ingest holds the write lock.

    A read-only handle sees every document committed when it was opened (RocksDB's
    write-ahead log included), so `query`, `stats`, `export`... work during an ingest.
    """
    from welfare_kg.graph.store import KGStore, StoreError

    if (must_exist or read_only) and not store_dir.exists():
        raise click.ClickException(f"{store_dir}: no store here (run `welfare-kg ingest ... --store {store_dir}`)")
    if must_exist and not read_only and not (store_dir / "CURRENT").exists():  # `check` must not make a store
        raise click.ClickException(f"{store_dir}: not a store (no CURRENT file; "
                                   f"run `welfare-kg ingest ... --store {store_dir}`)")
    try:
        return KGStore(store_dir, read_only=read_only)
    except StoreError as exc:
        raise click.ClickException(str(exc)) from exc


class _OneLineErrors(click.Group):
    """Every command's error is one line with control characters escaped.

    A store folder, query file or output file named with a newline or an escape sequence
    would otherwise forge an "Error:" line or rewrite the terminal (the ingest escapes its
    documents' names the same way, with `loaders.printable`).
    """

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        """An option of a command given before the command's name gets a hint where it goes, not just 'no such'."""
        try:
            return super().parse_args(ctx, args)
        except click.NoSuchOption as exc:
            hint = self._misplaced(exc.option_name, args)
            if hint is None:
                raise
            raise _UsageLine(hint) from exc

    def _misplaced(self, option: str, args: list[str]) -> str | None:
        """Where `option` belongs: the command named later in `args` that has it, else every command that has it."""
        option = option.split("=", 1)[0]

        def has(cmd: click.Command) -> bool:
            return any(option in p.opts or option in p.secondary_opts for p in cmd.params)

        named = next((a for a in args if a in self.commands), None)
        owners = sorted(n for n, c in self.commands.items() if has(c))
        if not owners:
            return None
        if named in owners:
            return f"{option} goes after the command name: `welfare-kg {named} {option} ...`"
        if named:
            return f"{option} is not an option of `{named}` (only of {', '.join(owners)}), " \
                   "and a command's options go after its name"
        return f"{option} goes after the name of the command it belongs to ({', '.join(owners)})"

    def invoke(self, ctx: click.Context):  # type: ignore[no-untyped-def]
        from welfare_kg.graph.store import StoreError
        from welfare_kg.loaders.record import printable

        try:
            return super().invoke(ctx)
        except click.ClickException as exc:
            exc.message = printable(exc.message)
            raise
        except BrokenPipeError:  # `export -o /dev/stdout | head`: the reader has all it wanted
            import os

            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # no second error at exit's flush
            sys.exit(1)
        except StoreError as exc:  # e.g. `demo --out` in a folder that cannot be made
            raise click.ClickException(printable(str(exc))) from exc
        except OSError as exc:  # an output file or folder that cannot be written: its name and why, no traceback
            where = f"{printable(exc.filename)}: " if exc.filename else ""
            raise click.ClickException(f"{where}{exc.strerror or exc}") from exc


class _UsageLine(click.ClickException):
    """A usage mistake (exit 2, as click's) told in the one `Error:` line, without click's usage banner."""

    exit_code = 2


def _store_for_subcommand(ctx: click.Context, store_dir: Path) -> None:
    """`--store` before the command becomes that command's default, so habits from git-like tools work."""
    name = ctx.invoked_subcommand
    command = main.commands.get(name or "")
    if command is None:
        return  # no command: click says what is missing
    if not any(p.name == "store_dir" for p in command.params):
        raise _UsageLine(f"--store does not apply to `welfare-kg {name}` (it reads no store)")
    ctx.default_map = {name: {"store_dir": store_dir}}


def _shown(path: Path) -> str:
    """A path for a message line (see `_OneLineErrors`)."""
    from welfare_kg.loaders.record import printable

    return printable(path)


@click.group(cls=_OneLineErrors, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="welfare-kg")
@click.option("--store", "store_dir", type=click.Path(file_okay=False, path_type=Path), default=None,
              metavar="DIRECTORY", help="Store directory of the command that follows, for those that take one "
              "(`welfare-kg --store kg stats` is `welfare-kg stats --store kg`); one given after the command wins.")
@click.pass_context
def main(ctx: click.Context, store_dir: Path | None) -> None:
    """Build and explore a knowledge graph of Finnish regional welfare collaboration.

    Typical use: `welfare-kg ingest DOCS --store kg-store`, then `query`, `map`, `export`.
    A command's other options go after its name: `welfare-kg query --format csv NAME`.
    """
    if store_dir is not None:
        _store_for_subcommand(ctx, store_dir)


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@store_option(STORE_HELP)
@click.option("--strict", is_flag=True, help="Stop at the first file that fails.")
@click.option("--max-size", type=click.FloatRange(min=0, min_open=True), default=25.0, show_default=True,
              help="Largest file to read, in MB.")
@click.option("--quiet", "-q", is_flag=True, help="No progress bar, only errors and the summary.")
@click.option("--jobs", "-j", type=click.IntRange(min=0), default=None,
              help="Extract in N worker processes (0: one per CPU); unchanged files are skipped before any work. "
              "[default: 1, in this process]")
@click.option("--doc-timeout", type=click.FloatRange(min=0), default=900.0, show_default=True,
              help="CPU seconds one document may take before it fails and the batch goes on (0: no limit).")
@click.option("--as-text", is_flag=True,
              help="Read files of other types (.csv, .jsonl, .log...) as plain text instead of refusing them.")
def ingest(paths: tuple[Path, ...], store_dir: Path, strict: bool, max_size: float, quiet: bool,
           jobs: int | None, doc_timeout: float, as_text: bool) -> None:
    """Read documents (files or folders) into the store, one named graph per document.

    \b
    Supported types: .txt .text .md .markdown .html .htm .xhtml .pdf .docx
    A file without an extension is read by its content: PDF, HTML, Word
    (.docx) or plain text; binary content is refused. Other types (.csv,
    .jsonl, .xlsx, .doc, images, archives) are refused unless --as-text;
    in a folder they are skipped with one warning for the folder.

    Errors and warnings are one line each ("error: PATH: reason",
    "warning: PATH: ..."), then a summary line. Exit code 1 when any file
    failed, or when nothing was found to read in a path given (a missing
    path, or a folder that is empty or holds only hidden or unsupported
    files); the store is not created when there is nothing to read. Exit
    code 130 on Ctrl-C: the documents committed so far stay, whole, and the
    same command again adds the rest.
    """
    from welfare_kg.ingest import default_jobs, survey
    from welfare_kg.ingest import ingest as run_ingest
    from welfare_kg.loaders import printable
    from welfare_kg.progress import progress_reporter

    report = survey(paths, as_text=as_text)  # before the store is opened: nothing to read, no store made
    if report is None:
        store = _open(store_dir, must_exist=False)
        try:
            with progress_reporter(enabled=not quiet) as report_progress:
                report = run_ingest(paths, store, jobs=1 if jobs is None else (jobs or default_jobs()),
                                    strict=strict, max_bytes=int(max_size * 1e6), on_progress=report_progress,
                                    doc_timeout=doc_timeout or None, as_text=as_text,
                                    on_chars=report_progress.chars)
        except KeyboardInterrupt:  # groups are committed whole, so what is in is usable and a re-run resumes
            del store
            click.echo(f"interrupted: the documents committed so far are whole in {_shown(store_dir)}; run the "
                       "same command again to add the rest (unchanged files are skipped)", err=True)
            sys.exit(130)
        del store  # release the store's lock before exiting (tests run several commands in one process)
    for line in report.warnings:  # escaped where they are made; again here, so that no path can slip through raw
        click.echo(f"warning: {printable(line)}", err=True)
    for line in report.failed:
        click.echo(f"error: {printable(line)}", err=True)
    for folder in report.empty:
        click.echo(f"error: no documents found in {printable(folder)}", err=True)
    click.echo(report.summary(), err=True)
    sys.exit(0 if report.ok else 1)


@main.command()
@click.option("--docs", "n_docs", type=click.IntRange(min=1), default=100, show_default=True,
              help="How many documents to write.")
@click.option("--seed", type=int, default=0, show_default=True, help="Same seed, same corpus.")
@click.option("--out", "out_dir", type=click.Path(file_okay=False, path_type=Path), required=True,
              help="Folder for docs/ and facts.jsonl (the facts each document states).")
def generate(n_docs: int, seed: int, out_dir: Path) -> None:
    """Write a synthetic corpus of Finnish minutes and news pages, with its answer key, for benchmarks."""
    from welfare_kg.synthetic.generate import write_corpus

    docs, facts = write_corpus(out_dir, n_docs, seed)
    click.echo(f"wrote {docs} documents to {_shown(out_dir / 'docs')} and {facts} facts to "
               f"{_shown(out_dir / 'facts.jsonl')}", err=True)


@main.command()
@click.option("--out", "out_dir", type=click.Path(file_okay=False, path_type=Path),
              default=Path("welfare-kg-demo"), show_default=True, help="Where to write the demo outputs.")
def demo(out_dir: Path) -> None:
    """Build the graph from the bundled example documents and write Turtle, TriG and a map."""
    from welfare_kg.demo import run_demo

    click.echo(run_demo(out_dir))


def _password(user: str | None) -> str | None:
    """The password for --user: from WELFARE_KG_PASSWORD, else asked for without echo."""
    import os

    from welfare_kg.queries.remote import PASSWORD_ENV

    if not user:
        return None
    return os.environ.get(PASSWORD_ENV) or click.prompt(f"password for {user}", hide_input=True, err=True)


def remote_options(f: click.decorators.FC) -> click.decorators.FC:
    """--user/--auth/--timeout, shared by the commands that talk to a SPARQL server."""
    f = click.option("--timeout", type=click.FloatRange(min=0, min_open=True), default=60.0, show_default=True,
                     help="Seconds to wait for the server.")(f)
    f = click.option("--auth", type=click.Choice(["basic", "digest"]), default="basic", show_default=True,
                     help="HTTP authentication scheme for --user.")(f)
    return click.option("--user", help="User name for HTTP authentication; the password comes from "
                        "$WELFARE_KG_PASSWORD or a prompt (never echoed).")(f)


@main.command()
@click.argument("query_ref", required=False)
@click.option("-e", "--execute", "text", help="SPARQL text to run instead of a file or saved query.")
@store_option()
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "tsv", "json", "turtle"]), default="table",
              show_default=True, help="SELECT/ASK: table, csv, tsv, json (the W3C SPARQL results formats). "
              "CONSTRUCT/DESCRIBE: turtle (csv/tsv give N-Triples).")
@click.option("--param", "-p", multiple=True, metavar="NAME=VALUE",
              help="Bind ?NAME to VALUE (a literal; <iri> for an IRI). Repeatable. A saved query's typed "
              "parameters (`welfare-kg queries` shows them: year (year), from (date)) must parse as their type.")
@click.option("--endpoint", metavar="URL", help="Query this SPARQL 1.1 endpoint instead of the local store.")
@remote_options
def query(query_ref: str | None, text: str | None, store_dir: Path, fmt: str, param: tuple[str, ...],
          endpoint: str | None, user: str | None, auth: str, timeout: float) -> None:
    """Run a SPARQL query: a saved query name, an .rq file, or -e TEXT (locally or on --endpoint)."""
    from welfare_kg.queries import QueryError, load_query, run_query
    from welfare_kg.queries.params import ParamError, check_params, parse_params, resolve_iri_params

    if not query_ref and not text:
        raise click.UsageError("give a query file or name, or -e TEXT")
    if query_ref and text:
        raise click.UsageError(f"give a query file or name ({query_ref}) or -e TEXT, not both")
    try:
        params = parse_params(param)
        saved = None if text else load_query(query_ref or "")
        check_params(saved, params, text)
        # a saved query's local form (Oxigraph's LATERAL ...) for the store, its portable SPARQL 1.1 for an endpoint
        sparql = text if text else saved.text if endpoint else saved.local_text
        _check_query_form(sparql, fmt)
        store = None if endpoint else _open(store_dir, read_only=True)
        if saved is not None and store is not None:
            sparql = saved.local_for(store)  # a store without the fact rows runs the fallback (queries/__init__.py)
        if saved is not None:
            params = resolve_iri_params(saved, params, store)
        if endpoint:
            from welfare_kg.queries.remote import Endpoint, run_remote

            target = Endpoint(endpoint, user, _password(user), auth, timeout)
            out = run_remote(target, sparql, fmt=fmt, params=params)
        else:
            out = run_query(store, sparql, fmt=fmt, params=params)
    except ParamError as exc:
        raise _UsageLine(str(exc)) from exc
    except QueryError as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(out, nl=not out.endswith("\n"))


def _check_query_form(sparql: str, fmt: str) -> None:
    """Refuse what cannot work before running: an update (`query` is read-only), turtle for solutions."""
    from welfare_kg.serve.sparql import is_update, query_form

    if is_update(sparql):
        raise click.ClickException("`welfare-kg query` is read-only: SPARQL Update is not accepted "
                                   "(the store changes only through `welfare-kg ingest`)")
    if fmt == "turtle" and query_form(sparql) in ("SELECT", "ASK"):
        raise click.ClickException("turtle is for CONSTRUCT/DESCRIBE results; use csv, tsv, json, table for SELECT")


@main.command()
@click.option("--store", "store_dir", type=click.Path(file_okay=False, path_type=Path), default=Path("kg-store"),
              show_default=True, help="Store directory (opened read-only).")
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on; 0.0.0.0 makes the endpoint reachable from other machines.")
@click.option("--port", type=click.IntRange(0, 65535), default=7878, show_default=True,
              help="TCP port to listen on (0: any free port, printed at start).")
@click.option("--include-contacts", is_flag=True, help="Also make the contact-data graphs queryable.")
@click.option("--timeout", type=click.FloatRange(min=0, min_open=True), default=30.0, show_default=True,
              help="Seconds a query may run; then it is stopped and the client gets a 503.")
@click.option("--workers", type=click.IntRange(min=1), default=None,
              help="Query worker processes [default: CPU cores + 2, at most 8].")
@click.option("--allow-service", is_flag=True,
              help="Allow SERVICE clauses (federated queries make the server fetch any URL they name).")
@click.option("--request-timeout", type=click.FloatRange(min=0, min_open=True), default=5.0, show_default=True,
              help="Seconds a client has to send a whole request (line, headers, body) once it connects or "
                   "starts one; then it gets a 408 and is closed, so slow clients cannot tie the server up.")
@click.option("--max-per-client", type=click.IntRange(min=0), default=0, show_default=True,
              help="Open connections allowed from one client address (0: no cap). Leave at 0 behind a proxy, "
                   "where every client has the proxy's address.")
@click.option("--max-buffered", type=click.IntRange(min=2), default=64, show_default=True, metavar="MB",
              help="Megabytes of requests held at once over all connections (each may send up to 1 MB); "
                   "beyond it a client gets a 503 with Retry-After, so many large slow bodies cannot fill memory.")
@click.option("--in-memory", is_flag=True,
              help="Each worker keeps an in-memory copy of the store and answers the whole-graph listings "
                   "(the saved queries entities, evidence, project_network, with or without parameters) from it: "
                   "about half their CPU time. Other queries read the store on disk (faster there). The copy is "
                   "taken again when the store changes (once it has been quiet for 1 s); meanwhile the disk "
                   "answers, so committed documents are always seen. Costs per worker at 1.5 million quads: "
                   "~14 CPU-s to copy and ~1 GB of memory (use --workers 2 on a small machine).")
def serve(store_dir: Path, host: str, port: int, include_contacts: bool, timeout: float, workers: int | None,
          allow_service: bool, request_timeout: float, max_per_client: int, max_buffered: int,
          in_memory: bool) -> None:
    """Serve the store as a read-only SPARQL endpoint (/query) with a query page (/).

    It keeps working during an ingest and answers from the documents committed so far.
    """
    from welfare_kg.graph.store import StoreError
    from welfare_kg.serve import make_server

    if not store_dir.exists():
        raise click.ClickException(f"{store_dir}: no store here (run `welfare-kg ingest ... --store {store_dir}`)")
    if not (store_dir / "CURRENT").exists():  # before the workers start, and in words rather than RocksDB's
        raise click.ClickException(f"{store_dir}: not a store (no CURRENT file; "
                                   f"run `welfare-kg ingest ... --store {store_dir}`)")
    try:
        server = make_server(store_dir, host, port, include_contacts=include_contacts, timeout=timeout,
                             workers=workers, allow_service=allow_service, request_timeout=request_timeout,
                             max_per_client=max_per_client, max_buffered=max_buffered * 1_000_000,
                             in_memory=in_memory)
    except StoreError as exc:
        raise click.ClickException(str(exc)) from exc
    except OSError as exc:
        raise click.ClickException(f"cannot listen on {host}:{port} ({exc.strerror or exc})") from exc
    click.echo(f"SPARQL endpoint {server.url}/query, query page {server.url}/  (Ctrl-C stops)", err=True)
    import signal

    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))  # `kill` stops it as cleanly as Ctrl-C
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()


@main.command()
@store_option()
@click.option("--endpoint", metavar="URL", required=True,
              help="The server's SPARQL query endpoint (e.g. http://localhost:7878/query), used to verify.")
@click.option("--graph-store", metavar="URL",
              help="Graph Store Protocol URL [default: the endpoint's /query or /sparql replaced by /store].")
@click.option("--include-contacts", is_flag=True, help="Also publish the contact-data graphs (private by default).")
@click.option("--batch-size", type=int, default=50_000, show_default=True, help="Triples per request.")
@click.option("--verify/--no-verify", default=True, show_default=True,
              help="Afterwards, compare the triple count of every graph on the server with the store.")
@click.option("--prune", is_flag=True, help="Delete the server's graphs under the project's namespace that the "
              "store no longer has (replaced or removed documents); other graphs are never touched.")
@remote_options
def push(store_dir: Path, endpoint: str, graph_store: str | None, include_contacts: bool, batch_size: int,
         verify: bool, prune: bool, user: str | None, auth: str, timeout: float) -> None:
    """Publish every named graph to a triple store (Graph Store Protocol PUT: re-running never duplicates)."""
    from welfare_kg.graph.push import PushError, graph_store_url, push_store, verify_push
    from welfare_kg.queries import QueryError

    try:
        gsp = graph_store or graph_store_url(endpoint)
    except ValueError as exc:
        raise click.UsageError(str(exc)) from exc
    store = _open(store_dir, read_only=True)
    password = _password(user)
    try:
        report = push_store(store, gsp, include_contacts=include_contacts, batch_size=batch_size, user=user,
                            password=password, auth=auth, timeout=timeout, prune_from=endpoint if prune else None,
                            on_graph=lambda g, n: click.echo(f"PUT {g}  {n} triples", err=True))
    except PushError as exc:
        for line in exc.report.lines()[len(exc.report.sent):]:
            click.echo(line, err=True)
        raise click.ClickException(str(exc)) from exc
    except QueryError as exc:
        raise click.ClickException(f"pushed, but could not list the server's graphs to prune: {exc}") from exc
    for line in report.lines()[len(report.sent):]:
        click.echo(line, err=True)
    click.echo(report.summary(), err=True)
    if verify:
        try:
            result = verify_push(store, report, endpoint, user=user, password=password, auth=auth, timeout=timeout)
        except QueryError as exc:
            raise click.ClickException(f"pushed, but could not verify: {exc}") from exc
        if not result.ok:
            raise click.ClickException(result.message())
        click.echo(result.message(), err=True)


@main.command("rules")
@click.option("--layer", type=click.Choice(["sentence", "document"]), help="Only the rules of one layer.")
def list_rules(layer: str | None) -> None:
    """List the extraction rules in the order they run: a fact's wkg:rule names the one that stated it.

    Sentence rules read one clause (their predicate and the wording they read); document passes read the
    whole document after them (add facts, replace the list as a filter, or update amounts in place).
    """
    from welfare_kg.extract.document_passes import catalogue

    for row_layer, name, kind, why in catalogue():
        if layer is None or row_layer == layer:
            click.echo(f"{row_layer:<9} {name:<34} {kind:<15} {why}")


@main.command("queries")
def list_queries() -> None:
    """List the saved queries and the question each answers."""
    from welfare_kg.queries import saved_queries
    from welfare_kg.queries.params import type_label

    for q in saved_queries():
        params = f"  [params: {', '.join(type_label(q, n) for n in q.params)}]" if q.params else ""
        click.echo(f"{q.name:<28} {q.question}{params}")


@main.command()
@store_option()
@click.option("--format", "fmt", type=click.Choice(["turtle", "trig", "nquads", "ntriples", "jsonld"]),
              default="turtle", show_default=True,
              help="RDF syntax; trig and nquads keep one named graph per document, the others merge all graphs.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), required=True,
              help="File to write (its folder is created; /dev/stdout for the terminal or a pipe).")
@click.option("--include-contacts", is_flag=True, help="Also export officials' e-mails and phone numbers.")
def export(store_dir: Path, fmt: str, output: Path, include_contacts: bool) -> None:
    """Write the graph to a file (Turtle and friends), with prefixes bound."""
    from welfare_kg.graph.export import export_store

    n = export_store(_open(store_dir, read_only=True), output, fmt, include_contacts=include_contacts)
    click.echo(f"wrote {n} statements to {_shown(output)}", err=True)


@main.command("map")
@store_option()
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), default=Path("map.html"),
              show_default=True, help="HTML file to write (its folder is created).")
@click.option("--title", default="welfare-kg network", show_default=True, help="Heading of the map page.")
@click.option("--focus", metavar="ENTITY", help="Only this entity (IRI or name) and its neighbourhood.")
@click.option("--depth", type=click.IntRange(min=0), default=1, show_default=True, help="Hops around --focus.")
@click.option("--types", metavar="T1,T2", help="Only nodes of these types (e.g. Project,Municipality).")
@click.option("--predicates", metavar="P1,P2",
              help="Only edges with these predicates (the relations: " + ", ".join(RELATIONS) + ").")
@click.option("--view", type=click.Choice(list(VIEWS)),
              help="Only the relations of one view: "
              + "; ".join(f"{name}: {'/'.join(sorted(v.predicates))}" for name, v in VIEWS.items())
              + ". [default: every relation]")
@click.option("--query", "query_file", type=click.Path(dir_okay=False, exists=True, path_type=Path),
              help="Map the rows of a SELECT with ?source ?predicate ?target instead of the whole store.")
@click.option("--area", metavar="AREA", help="Only what is linked to an ERVA area, region, county or municipality "
              "(any name, e.g. 'Pohjois-Suomi' or 'Lappi'), the places inside it included.")
@click.option("--from", "date_from", type=click.DateTime(["%Y-%m-%d"]), help="Only facts holding on or after "
              "this date (their period, else their document's date; undated facts are left out).")
@click.option("--to", "date_to", type=click.DateTime(["%Y-%m-%d"]), help="Only facts holding on or before this date.")
def map_cmd(store_dir: Path, output: Path, title: str, focus: str | None, depth: int, types: str | None,
            predicates: str | None, view: str | None, query_file: Path | None, area: str | None,
            date_from: datetime | None, date_to: datetime | None) -> None:
    """Write an interactive network map as one offline HTML file."""
    from welfare_kg.viz.map import write_map
    from welfare_kg.viz.select import Selection, split_list

    selection = Selection(view=view, types=split_list(types), predicates=split_list(predicates),
                          focus=focus, depth=depth, area=area,
                          date_from=date_from.date().isoformat() if date_from else None,
                          date_to=date_to.date().isoformat() if date_to else None)
    from welfare_kg.queries import QueryError, read_query_file

    try:
        query = read_query_file(query_file) if query_file else None
        n = write_map(_open(store_dir, read_only=True), output, title, selection=selection, query=query)
    except (LookupError, ValueError, QueryError) as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(f"wrote a map of {n} nodes to {_shown(output)}; open it in a browser", err=True)


@main.command()
@store_option()
@click.option("--csv", "csv_path", type=click.Path(dir_okay=False, path_type=Path), help="Node measures as CSV.")
@click.option("--json", "json_path", type=click.Path(dir_okay=False, path_type=Path), help="Full report as JSON.")
@click.option("--graphml", type=click.Path(dir_okay=False, path_type=Path), help="The network as GraphML.")
@click.option("--gexf", type=click.Path(dir_okay=False, path_type=Path), help="The network as GEXF (Gephi).")
def analyse(store_dir: Path, csv_path: Path | None, json_path: Path | None, graphml: Path | None,
            gexf: Path | None) -> None:
    """Network analysis: central actors, communities, organisations bridging ERVA areas, busiest municipalities."""
    from welfare_kg.viz.analyse import analyse_store, format_report, write_outputs

    report = analyse_store(_open(store_dir, read_only=True))
    click.echo(format_report(report))
    for path in write_outputs(report, csv_path=csv_path, json_path=json_path, graphml=graphml, gexf=gexf):
        click.echo(f"wrote {_shown(path)}", err=True)


@main.command()
@store_option()
def stats(store_dir: Path) -> None:
    """Counts of documents, entities by type and facts by predicate."""
    from welfare_kg.graph.stats import format_stats, store_stats

    click.echo(format_stats(store_stats(_open(store_dir, read_only=True))))


@main.command()
@store_option()
@click.option("--repair", is_flag=True,
              help="Rebuild derived data (the entity layer) and drop contact graphs whose document is gone.")
def check(store_dir: Path, repair: bool) -> None:
    """Verify the store: every document's provenance, every entity's label, derived data matching the documents.

    Exit status 0 when the store is consistent (or was repaired), 1 otherwise.
    """
    from welfare_kg.graph.check import check_store

    report = check_store(_open(store_dir), repair=repair)
    click.echo(report.format(_shown(store_dir)))
    sys.exit(0 if report.ok else 1)


@main.command()
@store_option()
def validate(store_dir: Path) -> None:
    """Validate the graph against the SHACL shapes of the ontology."""
    from welfare_kg.graph.validate import validate_store

    ok, report = validate_store(_open(store_dir, read_only=True))
    click.echo(report)
    sys.exit(0 if ok else 1)


@main.command()
@click.argument("entity")
@store_option()
def explain(entity: str, store_dir: Path) -> None:
    """Every fact about an entity (IRI or name) with the sentence it came from."""
    from welfare_kg.graph.explain import explain_entity

    try:
        click.echo(explain_entity(_open(store_dir, read_only=True), entity))
    except LookupError as exc:
        raise click.ClickException(str(exc)) from exc


@main.command()
@click.argument("paths", nargs=-1, type=click.Path(exists=True, path_type=Path))
@click.option("--gold", "gold_files", multiple=True,
              type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="Gold annotation (JSON Lines, the format of FACTS.md). Repeatable.")
@click.option("--held-out", "held_out", multiple=True,
              type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="Gold of a held-out set: scored on its own line, its mistakes never listed. Repeatable.")
@click.option("--json", "as_json", is_flag=True, help="Print the full result as JSON.")
@click.option("--details", is_flag=True, help="List missed and spurious entities and facts per document.")
@click.option("--report", "report_path", type=click.Path(dir_okay=False, path_type=Path),
              help="Also write a results page (Markdown) and its chart (same name, .png).")
@click.option("--entities", "entities_csv", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="Score saved entities.rq results (CSV/JSON) instead of running the pipeline (with --facts).")
@click.option("--facts", "facts_csv", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="Saved facts.rq results to score (with --entities).")
@click.option("--jobs", "-j", type=click.IntRange(min=1), default=1, show_default=True,
              help="Extract in N worker processes.")
@click.option("--by-rule", "by_rule", is_flag=True,
              help="Also count the facts of each extraction rule: stated, right, precision (which rules to trust); "
                   "with --details each spurious fact names the rules that stated it.")
@click.option("--report-command", hidden=True, help="How the page says it is regenerated (scripts set this).")
def evaluate(paths: tuple[Path, ...], gold_files: tuple[Path, ...], held_out: tuple[Path, ...], as_json: bool,
             details: bool, report_path: Path | None, entities_csv: Path | None, facts_csv: Path | None, jobs: int,
             report_command: str | None, by_rule: bool) -> None:
    """Score extraction against gold: per-document and total P/R/F1 of entities and facts (FACTS.md rules).

    Runs the real pipeline on DOCS (files or folders) in a temporary store, runs the contract
    queries entities.rq and facts.rq, and compares them with the annotated documents.
    """
    import shlex

    from welfare_kg.evaluation.command import run_evaluate
    from welfare_kg.evaluation.gold import GoldError

    command = report_command or shlex.join(["welfare-kg", *sys.argv[1:]])
    if not gold_files and not held_out:
        raise click.UsageError("give the annotation with --gold FILE (or --held-out FILE)")
    try:
        result = run_evaluate(paths, gold_files, entities=entities_csv, facts=facts_csv, as_json=as_json,
                              details=details, report=report_path, command=command, jobs=jobs,
                              held_out=held_out, by_rule=by_rule)
    except (GoldError, RuntimeError) as exc:
        raise click.ClickException(str(exc)) from exc
    for note in result.notes:
        click.echo(note, err=True)
    click.echo(result.output)


if __name__ == "__main__":
    main()
