package jp.ras.it;

import java.io.File;
import java.net.URISyntaxException;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** Test deployments are the real, built RAS WAR (web, ejb and batch modules) plus what a test needs. */
final class Deployments {

    private Deployments() {
    }

    static WebArchive ras(String name) {
        File war = new File(System.getProperty("ras.war", "target/ras.war"));
        if (!war.isFile()) {
            throw new IllegalStateException(war + " is missing: run the tests through Maven (mvn verify)");
        }
        WebArchive archive = ShrinkWrap.create(WebArchive.class, name + ".war");
        archive.merge(ShrinkWrap.createFromZipFile(WebArchive.class, war));
        return archive;
    }

    /** The jar a class was loaded from, to ship a test library inside the deployment. */
    static File jarOf(Class<?> type) {
        try {
            return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
