package app.praxis.user;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;
import org.passay.DefaultPasswordValidator;
import org.passay.PasswordData;
import org.passay.PasswordValidator;
import org.passay.RuleResultDetail;
import org.passay.dictionary.ArrayWordList;
import org.passay.dictionary.WordListDictionary;
import org.passay.rule.DictionaryRule;
import org.passay.rule.DictionarySubstringRule;
import org.passay.rule.LengthRule;
import org.passay.rule.MatchBehavior;
import org.passay.rule.UsernameRule;
import org.springframework.stereotype.Component;

/**
 * The password rules, with Passay: 12–128 characters (Unicode characters: an emoji counts once), not containing the
 * e-mail address's local part or the person's name, and not one of the most common breached passwords (a list that
 * ships with the application, {@code common-passwords.txt}, widened with the endings people add). Every password
 * this accepts can be stored in full (see security's bcrypt-sha256 encoder).
 */
@Component
public class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;
    // The problems are text keys: callers show them in the reader's language.
    public static final String LENGTH = "user.password.length";
    public static final String BLANK = "user.password.blank";
    public static final String CONTAINS_EMAIL = "user.password.containsEmail";
    public static final String CONTAINS_NAME = "user.password.containsName";
    public static final String COMMON = "user.password.common";
    public static final String HINT = "user.password.hint";

    /** Shorter names and local parts are too common as letter groups to refuse ("li", "jo"). */
    private static final int MIN_PART = 3;

    private static final List<String> SUFFIXES = suffixes();

    private final WordListDictionary common;

    PasswordPolicy() {
        this.common = new WordListDictionary(new ArrayWordList(commonPasswords(), false));
    }

    /** The key of what is wrong with this password for this person, if anything (the first problem found). */
    public Optional<String> problem(String password, String email, String firstName, String lastName) {
        if (password.isBlank()) {
            return Optional.of(password.isEmpty() ? LENGTH : BLANK);
        }
        var rules = new ArrayList<org.passay.rule.Rule>();
        rules.add(new LengthRule(MIN_LENGTH, MAX_LENGTH));
        String localPart = email.contains("@") ? email.substring(0, email.indexOf('@')) : email;
        if (localPart.strip().length() >= MIN_PART) {
            rules.add(new UsernameRule(true, true, MatchBehavior.Contains));
        }
        String[] nameParts = nameParts(firstName, lastName);
        if (nameParts.length > 0) {
            rules.add(new NameRule(new WordListDictionary(new ArrayWordList(nameParts, false))));
        }
        rules.add(new DictionaryRule(common));
        PasswordValidator validator = new DefaultPasswordValidator(rules);
        var result = validator.validate(new PasswordData(localPart.strip(), password));
        if (result.isValid()) {
            return Optional.empty();
        }
        RuleResultDetail first = result.getDetails().getFirst();
        return Optional.of(message(first.getErrorCode()));
    }

    private static String message(String errorCode) {
        if (errorCode.equals(LengthRule.ERROR_CODE_MIN) || errorCode.equals(LengthRule.ERROR_CODE_MAX)) {
            return LENGTH;
        }
        if (errorCode.startsWith(UsernameRule.ERROR_CODE)) {
            return CONTAINS_EMAIL;
        }
        if (errorCode.startsWith(NameRule.NAME_CODE)) {
            return CONTAINS_NAME;
        }
        return COMMON;
    }

    /** A substring rule whose error code says "name", so it is told apart from the common-password rule. */
    private static final class NameRule extends DictionarySubstringRule {
        static final String NAME_CODE = "ILLEGAL_NAME";

        NameRule(WordListDictionary names) {
            super(names, true);
        }

        @Override
        protected String getErrorCode(boolean backwards) {
            return NAME_CODE;
        }
    }

    private static String[] nameParts(String firstName, String lastName) {
        var parts = new TreeSet<String>(String.CASE_INSENSITIVE_ORDER);
        for (String name : List.of(firstName, lastName)) {
            for (String part : name.toLowerCase(Locale.ROOT).split("[\\s\\-']+")) {
                if (part.codePointCount(0, part.length()) >= MIN_PART) {
                    parts.add(part);
                }
            }
        }
        return parts.toArray(String[]::new);
    }

    /**
     * The shipped list as it is, plus each entry with the endings people add to pass a length rule ("password"
     * becomes "password1234", "password2026!", "passwordpassword"): about 34,000 entries, lower case, sorted
     * as Passay's case-insensitive search expects.
     */
    static String[] commonPasswords() {
        var words = new TreeSet<String>(String.CASE_INSENSITIVE_ORDER);
        for (String base : readList()) {
            words.add(base);
            words.add(base + base);
            for (String suffix : SUFFIXES) {
                words.add(base + suffix);
            }
        }
        String[] sorted = words.toArray(String[]::new);
        Arrays.sort(sorted, String.CASE_INSENSITIVE_ORDER);
        return sorted;
    }

    private static List<String> readList() {
        try (InputStream in = PasswordPolicy.class.getResourceAsStream("common-passwords.txt")) {
            if (in == null) {
                throw new IllegalStateException("common-passwords.txt is missing from the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(line -> line.toLowerCase(Locale.ROOT))
                    .toList();
        } catch (IOException e) {
            throw new IllegalStateException("common-passwords.txt cannot be read", e);
        }
    }

    private static List<String> suffixes() {
        var suffixes = new ArrayList<>(List.of(
                "1",
                "12",
                "123",
                "1234",
                "12345",
                "123456",
                "1234567",
                "12345678",
                "123456789",
                "1234567890",
                "!",
                "!!",
                "1!",
                "12!",
                "123!",
                "1234!",
                "!1",
                "01",
                "007",
                "69",
                "99",
                "00",
                "000",
                "111",
                "11",
                "321",
                "4321",
                "54321",
                "abc",
                "qwerty",
                "#1",
                "@123",
                "_123",
                ".123",
                "0",
                "2",
                "3",
                "7",
                "8",
                "9"));
        for (int year = 1960; year <= 2030; year++) {
            suffixes.add(Integer.toString(year));
            suffixes.add(year + "!");
        }
        return List.copyOf(suffixes);
    }
}
