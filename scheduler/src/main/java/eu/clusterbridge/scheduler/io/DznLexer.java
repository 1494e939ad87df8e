package eu.clusterbridge.scheduler.io;

/**
 * Splits MiniZinc data text into tokens, skipping blanks and {@code %} and block comments, and keeps the line
 * number so that every error can say where it happened.
 */
final class DznLexer {

    private final String text;
    private int pos;
    private int line = 1;
    /** The line of the last token read, which is where a missing token should have followed. */
    private int tokenLine = 1;

    DznLexer(String text) {
        this.text = text;
    }

    int line() {
        return line;
    }

    boolean atEnd() {
        skipBlanks();
        return pos >= text.length();
    }

    int integer() {
        skipBlanks();
        int start = pos;
        if (pos < text.length() && text.charAt(pos) == '-') {
            pos++;
        }
        while (pos < text.length() && Character.isDigit(text.charAt(pos))) {
            pos++;
        }
        if (start == pos || (pos == start + 1 && text.charAt(start) == '-')) {
            pos = start;
            throw new InstanceFormatException("line " + line, "expected a number but found " + found());
        }
        tokenLine = line;
        try {
            return Integer.parseInt(text.substring(start, pos));
        } catch (NumberFormatException e) {
            throw new InstanceFormatException("line " + line, "number " + text.substring(start, pos) + " is too large");
        }
    }

    String identifier() {
        skipBlanks();
        int start = pos;
        while (pos < text.length() && (Character.isLetterOrDigit(text.charAt(pos)) || text.charAt(pos) == '_')) {
            pos++;
        }
        if (start == pos || !Character.isLetter(text.charAt(start))) {
            pos = start;
            throw new InstanceFormatException("line " + line, "expected a name but found " + found());
        }
        tokenLine = line;
        return text.substring(start, pos);
    }

    boolean accept(String token) {
        skipBlanks();
        if (text.startsWith(token, pos)) {
            pos += token.length();
            tokenLine = line;
            return true;
        }
        return false;
    }

    /** Reports the line of the token before the missing one: a forgotten ';' is a fault of that line. */
    void expect(String token) {
        if (!accept(token)) {
            throw new InstanceFormatException("line " + tokenLine, "expected '" + token + "' but found " + found());
        }
    }

    private String found() {
        if (pos >= text.length()) {
            return "the end of the file";
        }
        int end = pos;
        while (end < text.length() && end < pos + 12 && !Character.isWhitespace(text.charAt(end))) {
            end++;
        }
        return "'" + text.substring(pos, Math.max(end, pos + 1)) + "'";
    }

    void skipBlanks() {
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c == '\n') {
                line++;
                pos++;
            } else if (Character.isWhitespace(c)) {
                pos++;
            } else if (c == '%') {
                while (pos < text.length() && text.charAt(pos) != '\n') {
                    pos++;
                }
            } else if (text.startsWith("/*", pos)) {
                int end = text.indexOf("*/", pos + 2);
                if (end < 0) {
                    throw new InstanceFormatException("line " + line, "comment is never closed");
                }
                for (int i = pos; i < end; i++) {
                    line += text.charAt(i) == '\n' ? 1 : 0;
                }
                pos = end + 2;
            } else {
                return;
            }
        }
    }
}
