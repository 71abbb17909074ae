def _version() -> str:
    "The version, kept in one place: settings.ini (nbdev's), which the installed package's metadata carries"
    from importlib.metadata import version, PackageNotFoundError
    try: return version('instructzero')
    except PackageNotFoundError:  # run from a source tree that was never installed
        import configparser, pathlib
        cfg = configparser.ConfigParser(delimiters=['=']); cfg.read(pathlib.Path(__file__).parents[1] / 'settings.ini', encoding='utf-8')
        return cfg['DEFAULT'].get('version', 'unknown')

__version__ = "0.1.0"

# The public API: every module's `__all__` (written by nbdev_export from the notebooks), imported on first use, so
# that `import instructzero` and the CLI's quick commands do not load torch, transformers or ipywidgets.
import importlib as _importlib

_MODULES = ('tasks', 'models', 'blackbox', 'scorer', 'generator', 'projection', 'kernel', 'bo', 'optimizer', 'plots', 'widgets')

def _public_names() -> dict:
    "name -> module, read from the modules' `__all__` lines without importing them"
    import ast, pathlib
    names = {}
    for m in _MODULES:
        tree = ast.parse((pathlib.Path(__file__).parent / f'{m}.py').read_text(encoding='utf-8'))
        for node in tree.body:
            if isinstance(node, ast.Assign) and any(getattr(t, 'id', None) == '__all__' for t in node.targets):
                for n in ast.literal_eval(node.value): names.setdefault(n, m)
    return names

_NAMES = _public_names()
__all__ = list(_NAMES)

def __getattr__(name:str):
    if name in _NAMES: return getattr(_importlib.import_module(f'{__name__}.{_NAMES[name]}'), name)
    raise AttributeError(f'module {__name__!r} has no attribute {name!r}')

def __dir__(): return sorted(list(globals()) + __all__)
