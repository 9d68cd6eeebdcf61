"""logging to files: basicConfig(filename, filemode), FileHandler (delay, mode), shutdown;
and the string module (constants, capwords, Template)."""
import logging
import os
import string

path = "logging_file.tmp.log"
logging.basicConfig(filename=path, filemode="w", level=logging.INFO,
                    format="%(name)s %(levelname)s %(message)s")
logging.info("first")
logging.getLogger("child").warning("second %d", 2)
later = logging.FileHandler("logging_file.tmp2.log", mode="w", delay=True)
print(later.stream, os.path.exists("logging_file.tmp2.log"), os.path.basename(later.baseFilename))
logging.getLogger("child").addHandler(later)
logging.getLogger("child").error("third")
logging.shutdown()
for name in (path, "logging_file.tmp2.log"):
    with open(name) as f:
        print(repr(f.read()))
    os.remove(name)

print(string.ascii_letters, string.digits, string.hexdigits, string.octdigits, repr(string.whitespace))
print(string.punctuation, len(string.printable), string.capwords("hello   big world"), string.capwords("a-b-c", "-"))
t = string.Template("$who likes ${what}; $$5 for $who")
print(t.substitute(who="tim", what="kung pao"), t.substitute({"who": "ann", "what": "tea"}, what="rice"))
print(t.safe_substitute(who="x"), t.get_identifiers(), t.is_valid(), string.Template("$ bad").is_valid())
for bad in [lambda: t.substitute(who="x"), lambda: string.Template("ok\n$ bad").substitute()]:
    try:
        bad()
    except (KeyError, ValueError) as e:
        print(type(e).__name__, e)
