package app.praxis.user;

import app.praxis.base.AuditedEntity;
import app.praxis.base.Language;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

/** A person who can sign in: admin, doctor or patient (users). Deactivated, never deleted. */
@Entity
@Table(name = "users")
public class User extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "user_id")
    private Long id;

    private String email;
    private String phone;

    @Column(name = "password_hash")
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private Role role;

    @Column(name = "first_name")
    private String firstName;

    @Column(name = "last_name")
    private String lastName;

    private @Nullable Gender gender;

    @Column(name = "date_of_birth")
    private @Nullable LocalDate dateOfBirth;

    private @Nullable String address;
    private @Nullable String bio;

    @Column(name = "profile_photo")
    private @Nullable String profilePhoto;

    @Column(name = "is_active")
    private boolean active = true;

    /** Sessions signed in before this instant end (a password change or reset); null: never changed. */
    @Column(name = "credentials_changed_at")
    private @Nullable Instant credentialsChangedAt;

    /** When the person proved the address (a link opened, or an account made by fixture); null: not yet. */
    @Column(name = "email_confirmed_at")
    private @Nullable Instant emailConfirmedAt;

    /** The language of this person's pages and e-mails ({@code Language.tag()}). */
    private String language = Language.DEFAULT.tag();

    protected User() {}

    User(
            String email,
            String phone,
            String passwordHash,
            Role role,
            String firstName,
            String lastName,
            @Nullable Gender gender,
            @Nullable LocalDate dateOfBirth) {
        this.email = email;
        this.phone = phone;
        this.passwordHash = passwordHash;
        this.role = role;
        this.firstName = firstName;
        this.lastName = lastName;
        this.gender = gender;
        this.dateOfBirth = dateOfBirth;
    }

    public Long getId() {
        return id;
    }

    public String getEmail() {
        return email;
    }

    public String getPhone() {
        return phone;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    public Role getRole() {
        return role;
    }

    public String getFirstName() {
        return firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public String getFullName() {
        return firstName + " " + lastName;
    }

    public @Nullable Gender getGender() {
        return gender;
    }

    public @Nullable LocalDate getDateOfBirth() {
        return dateOfBirth;
    }

    /** The diagram's "age", derived from the date of birth and never stored. */
    public @Nullable Integer ageOn(LocalDate day) {
        return dateOfBirth == null ? null : Period.between(dateOfBirth, day).getYears();
    }

    public @Nullable String getAddress() {
        return address;
    }

    public @Nullable String getBio() {
        return bio;
    }

    public @Nullable String getProfilePhoto() {
        return profilePhoto;
    }

    public boolean isActive() {
        return active;
    }

    void setActive(boolean active) {
        this.active = active;
    }

    void setBio(@Nullable String bio) {
        this.bio = bio;
    }

    void setAddress(@Nullable String address) {
        this.address = address;
    }

    void setLastName(String lastName) {
        this.lastName = lastName;
    }

    void setPasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    void setEmail(String email) {
        this.email = email;
    }

    /** A new password: every session signed in before {@code now} ends at its next request. */
    void changePassword(String passwordHash, Instant now) {
        this.passwordHash = passwordHash;
        this.credentialsChangedAt = now;
    }

    public @Nullable Instant getCredentialsChangedAt() {
        return credentialsChangedAt;
    }

    public @Nullable Instant getEmailConfirmedAt() {
        return emailConfirmedAt;
    }

    /** A closed account: inactive, every personal field blank or a placeholder, every session ended. */
    void anonymise(String placeholderEmail, String placeholderPhone, String unusablePasswordHash, Instant now) {
        this.email = placeholderEmail;
        this.phone = placeholderPhone;
        this.firstName = "Closed";
        this.lastName = "account";
        this.gender = null;
        this.dateOfBirth = null;
        this.address = null;
        this.bio = null;
        this.profilePhoto = null;
        this.active = false;
        changePassword(unusablePasswordHash, now);
    }

    void confirmEmail(Instant now) {
        if (emailConfirmedAt == null) {
            emailConfirmedAt = now;
        }
    }

    void setPersonalDetails(
            String firstName,
            String lastName,
            String phone,
            @Nullable Gender gender,
            @Nullable LocalDate dateOfBirth,
            @Nullable String address) {
        this.firstName = firstName;
        this.lastName = lastName;
        this.phone = phone;
        this.gender = gender;
        this.dateOfBirth = dateOfBirth;
        this.address = address;
    }

    void setProfilePhoto(@Nullable String profilePhoto) {
        this.profilePhoto = profilePhoto;
    }

    Language language() {
        return Language.ofTag(language).orElse(Language.DEFAULT);
    }

    void setLanguage(Language language) {
        this.language = language.tag();
    }
}
