package app.praxis.payment;

/** A generated document (receipt or credit note) ready to download or attach. */
public record DocumentFile(String fileName, String mediaType, byte[] content) {}
