package app.praxis.user;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import java.util.Optional;

/** Reads a phone number as people type it and writes it as E.164 (+4930123456), libphonenumber deciding. */
public final class PhoneNumbers {

    private static final PhoneNumberUtil PHONE = PhoneNumberUtil.getInstance();

    private PhoneNumbers() {}

    /**
     * @param typed what the person typed, with or without a country code
     * @param defaultRegion ISO 3166 region for numbers typed without a country code
     * @return the E.164 form, or empty when it is not a valid number
     */
    public static Optional<String> toE164(String typed, String defaultRegion) {
        try {
            var number = PHONE.parse(typed, defaultRegion);
            return PHONE.isValidNumber(number)
                    ? Optional.of(PHONE.format(number, PhoneNumberFormat.E164))
                    : Optional.empty();
        } catch (NumberParseException e) {
            return Optional.empty();
        }
    }
}
