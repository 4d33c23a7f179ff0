"""Packaging that ``pyproject.toml`` cannot say: the templates live at the top level of a
checkout (``templates/``, beside ``codegen/``) and ship in a wheel as the package data of
``codegen.templates``, where ``codegen.emit.render`` finds them when no checkout is there."""

from setuptools import find_packages, setup

setup(
    packages=[
        *find_packages(include=["blueprints*", "codegen*", "generated*", "zoo*", "whole_models*"]),
        "codegen.templates",
    ],
    package_dir={"codegen.templates": "templates"},
    package_data={"codegen.templates": ["*.jinja"], "generated": ["derivations/*/*.json"]},
)
