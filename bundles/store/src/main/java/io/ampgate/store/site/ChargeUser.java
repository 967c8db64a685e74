package io.ampgate.store.site;

/**
 * A person who charges with one or more badges (not an operator of the console). Optional text
 * fields are {@code ""} when not set ({@code null} becomes {@code ""}).
 *
 * @param id the store's id, 0 for a person not stored yet
 * @param name the first name, required, at most 100 characters
 * @param surname the surname, required, at most 100 characters
 * @param taxCode the tax code (e.g. an Italian codice fiscale), at most 32 characters
 * @param email the email, at most 200 characters
 * @param phone the phone, at most 40 characters
 * @param note free text, at most 500 characters
 */
public record ChargeUser(long id, String name, String surname, String taxCode, String email, String phone, String note) {

    /** Checks and normalises the fields. */
    public ChargeUser {
        Check.nonNegative(id, "id");
        name = Check.required(name, "name", 100);
        surname = Check.required(surname, "surname", 100);
        taxCode = Check.text(taxCode, "taxCode", 32);
        email = Check.text(email, "email", 200);
        phone = Check.text(phone, "phone", 40);
        note = Check.text(note, "note", 500);
    }

    /**
     * A copy with another id.
     *
     * @param newId the id
     * @return the copy
     */
    public ChargeUser withId(long newId) {
        return new ChargeUser(newId, name, surname, taxCode, email, phone, note);
    }
}
