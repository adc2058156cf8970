package jp.ras.infrastructure.mail;

public record RenderedMail(String subject, String body) {
}
