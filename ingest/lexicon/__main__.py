"""``python -m arkg.ingest.lexicon``: spell the ordinal forms with ``num2words`` and store them."""

import json
from importlib import import_module

from arkg.graph.model import LANGUAGES
from arkg.ingest.lexicon import ORDINALS_FILE


def main() -> None:
    forms = {}
    for code in LANGUAGES:
        module = import_module(f"{__package__}.{code}")
        if hasattr(module, "generate_ordinals"):
            forms[code] = module.generate_ordinals()
    ORDINALS_FILE.write_text(json.dumps(forms, ensure_ascii=False, indent=0, sort_keys=True) + "\n", encoding="utf-8")
    print(f"{ORDINALS_FILE}: {sum(len(f) for f in forms.values())} forms")


if __name__ == "__main__":
    main()
