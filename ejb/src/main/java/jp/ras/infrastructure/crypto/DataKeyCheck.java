package jp.ras.infrastructure.crypto;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.logging.Logger;

/**
 * Fails the deployment when RAS_DATA_KEY ({@code ras.data.key}) is missing or unusable, with the message that says
 * how to make one, instead of failing later at the first save or read of personal data.
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DataKeyCheck {

    private static final Logger LOG = Logger.getLogger(DataKeyCheck.class.getName());

    @PostConstruct
    void check() {
        PersonalDataCipher cipher = PersonalDataKey.cipher();
        String probe = "ras-data-key-check";
        if (!probe.equals(cipher.decrypt(cipher.encrypt(probe)))) {
            throw new IllegalStateException("RAS_DATA_KEY (ras.data.key): the encryption round trip failed");
        }
        LOG.info("Personal data key (RAS_DATA_KEY) is set: personal data is stored AES-256-GCM encrypted");
    }
}
