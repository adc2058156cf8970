package jp.ras.interfaces.web.security;

import jakarta.faces.FacesException;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.FacesContextFactory;
import jakarta.faces.context.FacesContextWrapper;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.lifecycle.Lifecycle;

/**
 * Security 5: every response writer Faces sets (the page's, an Ajax update's) writes the {@link ScriptNonce} on
 * its scripts. Registered in faces-config.xml.
 */
public class NonceFacesContextFactory extends FacesContextFactory {

    public NonceFacesContextFactory(FacesContextFactory wrapped) {
        super(wrapped);
    }

    @Override
    public FacesContext getFacesContext(Object context, Object request, Object response, Lifecycle lifecycle)
            throws FacesException {
        return new NonceFacesContext(getWrapped().getFacesContext(context, request, response, lifecycle));
    }

    private static final class NonceFacesContext extends FacesContextWrapper {

        NonceFacesContext(FacesContext wrapped) {
            super(wrapped);
        }

        @Override
        public void setResponseWriter(ResponseWriter writer) {
            super.setResponseWriter(writer == null || writer instanceof NonceResponseWriter ? writer
                    : new NonceResponseWriter(writer, ScriptNonce.forRendering(this)));
        }
    }
}
