package jp.ras.batch.infrastructure.excel;

import java.util.Arrays;

/**
 * An upload that cannot be read as a bulk file. {@code key} names the message ({@code bulk.<key>} in the web tier's
 * bundles), {@code args} are its arguments. Keys: {@value #NOT_WORKBOOK}, {@value #ENCODING}, {@value #OTHER_TEMPLATE},
 * {@value #OLD_TEMPLATE}, {@value #PASSWORD_PROTECTED}, {@value #ZIP_BOMB}, {@value #TOO_MANY_ROWS}, {@value #EMPTY},
 * {@value #MIXED_KINDS}, {@value #TOO_LARGE}, {@value #NOT_ZIP}, {@value #PHOTO_DUPLICATE}.
 */
public class BulkFileException extends Exception {

    private static final long serialVersionUID = 1L;

    /** Neither an xlsx workbook nor a CSV text (a PDF, an image, an .xls, a corrupt ZIP…). */
    public static final String NOT_WORKBOOK = "notWorkbook";
    /** A CSV that is not UTF-8 (e.g. Shift_JIS as Excel saves "CSV (comma delimited)" in Japanese). */
    public static final String ENCODING = "encoding";
    /** Not RAS's template: no or a foreign marker, or headers that are not a kind's. */
    public static final String OTHER_TEMPLATE = "otherTemplate";
    /** RAS's template of an older version; args: the file's version, the current one. */
    public static final String OLD_TEMPLATE = "oldTemplate";
    /** An encrypted (password-protected) workbook. */
    public static final String PASSWORD_PROTECTED = "passwordProtected";
    /** ZIP entries that inflate beyond the limits. */
    public static final String ZIP_BOMB = "zipBomb";
    /** More data rows than allowed; args: the limit. */
    public static final String TOO_MANY_ROWS = "tooManyRows";
    /** No data row (or a 0-byte file). */
    public static final String EMPTY = "empty";
    /** The file has no bytes at all (issue 19: not "no rows to file", which sends the clerk looking for rows). */
    public static final String FILE_EMPTY = "fileEmpty";
    /** B1: data rows on more than one kind's sheet. */
    public static final String MIXED_KINDS = "mixedKinds";
    /** The file is larger than allowed; args: the limit in bytes. */
    public static final String TOO_LARGE = "tooLarge";
    /** The photo archive is not a readable ZIP. */
    public static final String NOT_ZIP = "notZip";
    /** Two photos for one residence card number; args: the card number. */
    public static final String PHOTO_DUPLICATE = "photoDuplicate";

    private final String key;
    private final transient Object[] args;

    public BulkFileException(String key, Object... args) {
        super(key + (args.length == 0 ? "" : " " + Arrays.toString(args)));
        this.key = key;
        this.args = args.clone();
    }

    public BulkFileException(Throwable cause, String key, Object... args) {
        this(key, args);
        initCause(cause);
    }

    public String key() {
        return key;
    }

    public Object[] args() {
        return args.clone();
    }
}
