"""Rendering returns what it says: text as str, any format as an Output with bytes."""

from typing import Any

import pytest

import coordprog
from coordprog import examples
from coordprog.shapes import Document, Paragraph
from coordprog.testing import plugin_manager

PROGRAM = examples.load("binh-thuan")


class _Zipped:
    """A binary format, as the docx and xlsx plugins are."""

    @coordprog.hookimpl
    def coordprog_register_formats(self, register: Any) -> None:
        register(
            coordprog.OutputFormat(
                name="zipped",
                suffixes=(".zz", ".z"),
                media_type="application/x-zipped",
                renderers={Document: lambda document: b"PK\x03\x04" + document.title.encode()},
                binary=True,
            )
        )


BINARY = plugin_manager(_Zipped())


class TestRender:
    @pytest.mark.parametrize("fmt", ["markdown", "html", "json", "text", "ics", "csv"])
    def test_text_formats_give_str(self, fmt: str) -> None:
        """Every built-in format is a text format: render gives its text."""
        report = {"ics": "schedule", "csv": "matrix"}.get(fmt, "program")
        text = coordprog.render(PROGRAM, report, fmt)
        assert str is type(text)

    def test_ics_is_text_with_crlf(self) -> None:
        """An .ics is text, with the CRLF line ends RFC 5545 requires."""
        text = coordprog.render(PROGRAM, "schedule", "ics")
        assert text.startswith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n")
        assert "\n" not in text.replace("\r\n", "")

    def test_binary_format_is_deprecated(self) -> None:
        """A binary format through render() gives its bytes, as in 0.2, with a warning."""
        with pytest.warns(DeprecationWarning, match=r"render\(\) with the binary format 'zipped'"):
            data: Any = coordprog.render(PROGRAM, "program", "zipped", plugin_manager=BINARY)
        assert data.startswith(b"PK\x03\x04")


class TestRenderOutput:
    def test_binary_output(self) -> None:
        """A binary format's output carries its bytes, media type and usual suffix."""
        output = coordprog.render_output(PROGRAM, "program", "zipped", plugin_manager=BINARY)
        expected = coordprog.Output(
            "zipped", "application/x-zipped", ".zz", True, b"PK\x03\x04" + PROGRAM.heading.encode()
        )
        assert expected == output
        assert expected.content == output.content

    def test_binary_output_has_no_text(self) -> None:
        """Asking a binary output for text is an error that says to read the content."""
        output = coordprog.render_output(PROGRAM, "program", "zipped", plugin_manager=BINARY)
        with pytest.raises(coordprog.RenderError, match=r"writes binary data .* read \.content"):
            _ = output.text

    def test_text_output(self) -> None:
        """A text format's output has its text, and the same text as UTF-8 bytes."""
        output = coordprog.render_output(PROGRAM, "program", "html")
        assert ("html", "text/html; charset=utf-8", ".html", False) == (
            output.format,
            output.media_type,
            output.suffix,
            output.binary,
        )
        assert coordprog.render(PROGRAM, "program", "html") == output.text
        assert output.text.encode("utf-8") == output.content

    def test_filename_adds_the_usual_suffix(self) -> None:
        """``filename`` names a file for the output: the stem and the format's suffix, if any."""
        output = coordprog.render_output(PROGRAM, "program", "html")
        assert "chuong-trinh.html" == output.filename("chuong-trinh")
        unsuffixed = coordprog.Output("raw", "text/plain", None, False, "x")
        assert "chuong-trinh" == unsuffixed.filename("chuong-trinh")


class TestRenderShape:
    def test_text_and_output(self) -> None:
        """A shape renders as text, or as an output of any format."""
        shape = Document("Tiêu đề", (Paragraph("Đoạn văn."),))
        assert coordprog.render_shape(shape, "markdown").startswith("# Tiêu đề")
        output = coordprog.render_shape_output(shape, "zipped", plugin_manager=BINARY)
        assert b"PK\x03\x04" + "Tiêu đề".encode() == output.content


class TestFormats:
    def test_binary_formats_are_marked(self) -> None:
        """formats() says which formats are binary."""
        binary = {f.name: f.binary for f in coordprog.formats(plugin_manager=BINARY)}
        assert binary.pop("zipped")
        assert not any(binary.values())


class TestOutputFormat:
    def test_suffix_keyword_of_0_1_warns(self) -> None:
        """OutputFormat(suffix=...) still makes the format until 0.4, with a DeprecationWarning."""
        with pytest.warns(DeprecationWarning, match=r"^OutputFormat\(suffix=\.\.\.\) is dep"):
            old = coordprog.OutputFormat(
                "shout", suffix=".up", media_type="text/plain", renderers={}
            )
        assert ("shout", (".up",), "text/plain") == (old.name, old.suffixes, old.media_type)

    def test_suffix_and_suffixes_refused(self) -> None:
        """Giving both the old keyword and the new one is a TypeError."""
        with pytest.raises(TypeError, match="found both"):
            coordprog.OutputFormat(  # type: ignore[call-overload]
                "shout", ".up", suffix=".up", media_type="text/plain", renderers={}
            )
