"""Prompt files in prompts/ rendered with Jinja; a missing variable fails loudly."""

from __future__ import annotations

from functools import cache

import jinja2

from ..resources import resource_dir


@cache
def _environment() -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(resource_dir("prompts"))),
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        autoescape=False,  # plain text for a model, not HTML
    )


def render_prompt(name: str, **variables: object) -> str:
    return _environment().get_template(name).render(**variables).strip()
