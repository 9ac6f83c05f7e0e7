"""The `welfare-kg` command line: each command is a thin call into one library function."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from welfare_kg import __version__

STORE_HELP = "Store directory (created if missing)."


def store_option(read_only: bool = False):
    def deco(f):
        return click.option("--store", "store_dir", type=click.Path(file_okay=False, path_type=Path),
                            default=Path("kg-store"), show_default=True, help=STORE_HELP)(f)
    return deco


def _open(store_dir: Path, *, must_exist: bool = True):
    from welfare_kg.graph.store import KGStore, StoreError

    if must_exist and not store_dir.exists():
        raise click.ClickException(f"{store_dir}: no store here (run `welfare-kg ingest ... --store {store_dir}`)")
    try:
        return KGStore(store_dir)
    except StoreError as exc:
        raise click.ClickException(str(exc)) from exc


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="welfare-kg")
def main() -> None:
    """Build and explore a knowledge graph of Finnish regional welfare collaboration.

    Typical use: `welfare-kg ingest DOCS --store kg-store`, then `query`, `map`, `export`.
    """


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@store_option()
@click.option("--strict", is_flag=True, help="Stop at the first file that fails.")
@click.option("--max-size", type=float, default=25.0, show_default=True, help="Largest file to read, in MB.")
@click.option("--quiet", "-q", is_flag=True, help="No progress bar, only errors and the summary.")
def ingest(paths: tuple[Path, ...], store_dir: Path, strict: bool, max_size: float, quiet: bool) -> None:
    """Read documents (files or folders) into the store, one named graph per document."""
    from welfare_kg.graph.ingest import ingest_paths
    from welfare_kg.progress import progress_reporter

    store = _open(store_dir, must_exist=False)
    with progress_reporter(enabled=not quiet) as report_progress:
        report = ingest_paths(paths, store, strict=strict, max_bytes=int(max_size * 1e6),
                              on_progress=report_progress)
    del store  # release the store's lock before exiting (tests run several commands in one process)
    for line in report.failed:
        click.echo(f"error: {line}", err=True)
    click.echo(report.summary(), err=True)
    sys.exit(0 if report.ok else 1)


@main.command()
@click.option("--out", "out_dir", type=click.Path(file_okay=False, path_type=Path),
              default=Path("welfare-kg-demo"), show_default=True, help="Where to write the demo outputs.")
def demo(out_dir: Path) -> None:
    """Build the graph from the bundled example documents and write Turtle, TriG and a map."""
    from welfare_kg.demo import run_demo

    click.echo(run_demo(out_dir))


@main.command()
@click.argument("query_ref", required=False)
@click.option("-e", "--execute", "text", help="SPARQL text to run instead of a file or saved query.")
@store_option()
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "tsv", "json", "turtle"]), default="table",
              show_default=True, help="csv/tsv/json are the W3C SPARQL results formats.")
@click.option("--param", "-p", multiple=True, metavar="NAME=VALUE",
              help="Bind ?NAME to VALUE (a literal; <iri> for an IRI). Repeatable.")
def query(query_ref: str | None, text: str | None, store_dir: Path, fmt: str, param: tuple[str, ...]) -> None:
    """Run a SPARQL query: a saved query name, an .rq file, or -e TEXT."""
    from welfare_kg.queries import QueryError, load_query, run_query

    if not query_ref and not text:
        raise click.UsageError("give a query file or name, or -e TEXT")
    params = {}
    for p in param:
        name, sep, value = p.partition("=")
        if not sep:
            raise click.BadParameter(f"{p!r} is not NAME=VALUE", param_hint="--param")
        params[name.lstrip("?$")] = value
    try:
        sparql = text if text else load_query(query_ref or "").text
        out = run_query(_open(store_dir), sparql, fmt=fmt, params=params)
    except QueryError as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(out, nl=not out.endswith("\n"))


@main.command("queries")
def list_queries() -> None:
    """List the saved queries and the question each answers."""
    from welfare_kg.queries import saved_queries

    for q in saved_queries():
        params = f"  [params: {', '.join(q.params)}]" if q.params else ""
        click.echo(f"{q.name:<28} {q.question}{params}")


@main.command()
@store_option()
@click.option("--format", "fmt", type=click.Choice(["turtle", "trig", "nquads", "ntriples", "jsonld"]),
              default="turtle", show_default=True)
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), required=True)
@click.option("--include-contacts", is_flag=True, help="Also export officials' e-mails and phone numbers.")
def export(store_dir: Path, fmt: str, output: Path, include_contacts: bool) -> None:
    """Write the graph to a file (Turtle and friends), with prefixes bound."""
    from welfare_kg.graph.export import export_store

    n = export_store(_open(store_dir), output, fmt, include_contacts=include_contacts)
    click.echo(f"wrote {n} statements to {output}", err=True)


@main.command("map")
@store_option()
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), default=Path("map.html"),
              show_default=True)
@click.option("--title", default="welfare-kg network", show_default=True)
def map_cmd(store_dir: Path, output: Path, title: str) -> None:
    """Write an interactive network map as one offline HTML file."""
    from welfare_kg.viz.map import write_map

    n = write_map(_open(store_dir), output, title)
    click.echo(f"wrote a map of {n} nodes to {output}; open it in a browser", err=True)


@main.command()
@store_option()
def stats(store_dir: Path) -> None:
    """Counts of documents, entities by type and facts by predicate."""
    from welfare_kg.graph.stats import format_stats, store_stats

    click.echo(format_stats(store_stats(_open(store_dir))))


@main.command()
@store_option()
def validate(store_dir: Path) -> None:
    """Validate the graph against the SHACL shapes of the ontology."""
    from welfare_kg.graph.validate import validate_store

    ok, report = validate_store(_open(store_dir))
    click.echo(report)
    sys.exit(0 if ok else 1)


@main.command()
@click.argument("entity")
@store_option()
def explain(entity: str, store_dir: Path) -> None:
    """Every fact about an entity (IRI or name) with the sentence it came from."""
    from welfare_kg.graph.explain import explain_entity

    try:
        click.echo(explain_entity(_open(store_dir), entity))
    except LookupError as exc:
        raise click.ClickException(str(exc)) from exc


if __name__ == "__main__":
    main()
