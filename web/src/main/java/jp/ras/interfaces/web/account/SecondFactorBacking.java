package jp.ras.interfaces.web.account;

import dev.samstevens.totp.exceptions.QrGenerationException;
import dev.samstevens.totp.qr.ZxingPngQrGenerator;
import dev.samstevens.totp.util.Utils;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import jp.ras.application.AccountService;
import jp.ras.domain.model.account.SecondFactor;
import jp.ras.domain.shared.RuleViolationException;
import jp.ras.interfaces.web.shell.HomeBacking;
import jp.ras.interfaces.web.shell.Messages;
import jp.ras.interfaces.web.shell.UserSession;

/**
 * account/second-factor.xhtml (issue 18): enrolment of a TOTP second factor. The QR code is a PNG made by the
 * library's {@link ZxingPngQrGenerator}, shown as a {@code data:} URI (the Content-Security-Policy allows
 * {@code img-src data:}); the key is shown as text beside it. A correct code confirms the enrolment, and the ten
 * recovery codes are shown this once.
 */
@Named
@ViewScoped
public class SecondFactorBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private AccountService accounts;

    @Inject
    private UserSession userSession;

    @Inject
    private ExternalContext externalContext;

    private AccountService.SecondFactorState state;
    private String secret;
    private String qrDataUri;
    private String code;
    private List<String> recoveryCodes;

    @PostConstruct
    void load() {
        state = accounts.mySecondFactor();
        if (state.pendingSecret() != null) {
            show(state.pendingSecret());
        }
    }

    public void start() {
        show(accounts.startSecondFactorEnrolment());
        code = null;
    }

    private void show(String newSecret) {
        secret = newSecret;
        try {
            ZxingPngQrGenerator generator = new ZxingPngQrGenerator();
            generator.setImageSize(240);
            byte[] png = generator.generate(SecondFactor.qrData(newSecret, state.authId()));
            qrDataUri = Utils.getDataUriForImage(png, generator.getImageMimeType());
        } catch (QrGenerationException e) {
            throw new IllegalStateException("QR code not made", e);
        }
    }

    public void confirm() {
        try {
            recoveryCodes = accounts.confirmSecondFactor(code == null ? "" : code.strip());
            userSession.secondFactorEnrolled();
            state = accounts.mySecondFactor();
            secret = null;
            qrDataUri = null;
            Messages.info("account", "secondFactor.done");
        } catch (RuleViolationException e) {
            Messages.violations("enrol", e);
        }
        code = null;
    }

    public void proceed() throws IOException {
        externalContext.redirect(externalContext.getRequestContextPath() + HomeBacking.homePath(externalContext));
    }

    /** Only while an officer or supervisor without a second factor may use no other page. */
    public boolean isGate() {
        return userSession.isSecondFactorEnrolmentRequired();
    }

    public AccountService.SecondFactorState getState() {
        return state;
    }

    public String getSecret() {
        return secret;
    }

    /** The key in groups of four, as authenticator apps show keys to type in. */
    public String getSecretGrouped() {
        return secret == null ? null : secret.replaceAll("(.{4})(?!$)", "$1 ");
    }

    public String getQrDataUri() {
        return qrDataUri;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public List<String> getRecoveryCodes() {
        return recoveryCodes;
    }
}
