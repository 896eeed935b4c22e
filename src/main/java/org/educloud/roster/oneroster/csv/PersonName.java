package org.educloud.roster.oneroster.csv;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.educloud.roster.oneroster.csv.OneRosterRead.SourcePerson;
import org.jspecify.annotations.Nullable;

/**
 * A person's name and the other facts a OneRoster source gives about them, as EduCloud keeps them. The one-name
 * display EduCloud shows everywhere is surname first without a space for Chinese names (张 + 小一 → 张小一) and
 * given name first with a space for others (John + Doe → John Doe); the given and family names themselves are kept
 * as the source gave them, so they are never split back from the display (DoeJohn → "oeJohn" cannot happen).
 */
final class PersonName {

    /*
     * Kept only when plainly what they say; both start with a letter or digit, so neither can become a formula in
     * a spreadsheet that opens the export. Anything else is dropped (the person is still imported).
     */
    private static final Pattern EMAIL =
            Pattern.compile("[A-Za-z0-9][^@\\s<>\"',;=]{0,63}@[A-Za-z0-9][A-Za-z0-9.-]{0,189}\\.[A-Za-z]{2,24}");
    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{2,63}");
    /** The CSV binding writes userIds as {@code {type:identifier}} pairs, several separated by commas. */
    private static final Pattern USER_ID = Pattern.compile("\\{\\s*([^:{}]+?)\\s*:\\s*([^{}]*?)\\s*}");

    private PersonName() {
    }

    static String display(String givenName, String familyName) {
        String given = givenName.strip();
        String family = familyName.strip();
        if (given.isEmpty() || family.isEmpty() || han(given) || han(family)) {
            return (family + given).strip();
        }
        return given + " " + family;
    }

    static SourcePerson source(String givenName, String familyName, String email, String username, String userIds) {
        return new SourcePerson(givenName.strip(), familyName.strip(), EMAIL.matcher(email).matches() ? email : null,
                USERNAME.matcher(username).matches() ? username : null, userIdsJson(userIds));
    }

    /** The source's userIds as a JSON array of {type, identifier}, or null when it gave none. */
    static @Nullable String userIdsJson(String cell) {
        List<String> ids = new ArrayList<>();
        Matcher m = USER_ID.matcher(cell);
        while (m.find() && ids.size() < 10) {
            ids.add("{\"type\":" + quoted(m.group(1)) + ",\"identifier\":" + quoted(m.group(2)) + "}");
        }
        String json = "[" + String.join(",", ids) + "]";
        return ids.isEmpty() || json.length() > 2000 ? null : json;
    }

    private static String quoted(String value) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }

    private static boolean han(String text) {
        return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }
}
