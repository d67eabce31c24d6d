package io.tonearm.adapters.http.listening;

import java.nio.charset.StandardCharsets;

/** The {@code Content-Disposition: attachment} of a download, with the file's name as RFC 6266 says. */
final class ContentDisposition {
    private ContentDisposition() {
    }

    /**
     * @return {@code attachment; filename="<ASCII fallback>"}, plus {@code filename*=UTF-8''<percent-encoded>}
     *     when the name is not plain printable ASCII (RFC 8187), so every client gets a usable name
     */
    static String attachment(String fileName) {
        StringBuilder fallback = new StringBuilder(fileName.length());
        boolean plain = true;
        for (int i = 0; i < fileName.length(); i++) {
            char c = fileName.charAt(i);
            boolean printable = c >= 0x20 && c < 0x7f;
            if (!printable || c == '"' || c == '\\') {
                plain = false;
                // a surrogate pair is one character of the name: one replacement
                if (!Character.isLowSurrogate(c)) {
                    fallback.append('_');
                }
            } else {
                fallback.append(c);
            }
        }
        String header = "attachment; filename=\"" + fallback + "\"";
        return plain ? header : header + "; filename*=UTF-8''" + encode(fileName);
    }

    /** RFC 8187 value characters: letters, digits and {@code !#$&+-.^_`|~}; everything else percent-encoded. */
    private static String encode(String value) {
        StringBuilder encoded = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || "!#$&+-.^_`|~".indexOf(c) >= 0) {
                encoded.append((char) c);
            } else {
                encoded.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return encoded.toString();
    }
}
