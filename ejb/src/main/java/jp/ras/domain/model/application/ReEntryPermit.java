package jp.ras.domain.model.application;

/** AP1: the re-entry permit filed together with the extension, if any. */
public enum ReEntryPermit {
    NONE, SINGLE, MULTIPLE
}
