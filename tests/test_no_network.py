"""Nothing fetches data or models at run time: the whole labeling path works with the network cut off."""

import subprocess
import sys

CODE = r"""
import socket

def refuse(*args, **kwargs):
    raise RuntimeError("network access attempted")

socket.socket.connect = refuse
socket.create_connection = refuse
socket.getaddrinfo = refuse

import icheport
from icheport.model import default_model

r = icheport.label_text("Заключение: острая субдуральная гематома слева.")
assert (r.ich, r.sdh) == (1, 1), r
en = icheport.Matcher(icheport.load_lexicon("en-ich")).match("Acute subdural hematoma.")
assert en.ich == 1, en
model = default_model(strict=True)
assert model.predict(["Кровоизлияний не выявлено."]).tolist() == [0]
print("offline ok")
"""


def test_labeling_needs_no_network(tmp_path):
    out = subprocess.run(
        [sys.executable, "-c", CODE], capture_output=True, text=True, cwd=tmp_path, timeout=300
    )
    assert out.returncode == 0, out.stderr[-2000:]
    assert "offline ok" in out.stdout
