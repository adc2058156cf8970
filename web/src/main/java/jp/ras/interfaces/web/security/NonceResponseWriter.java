package jp.ras.interfaces.web.security;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.context.ResponseWriterWrapper;
import java.io.IOException;
import java.io.Writer;

/** Security 5: writes the page's {@link ScriptNonce} on every {@code <script>} element Faces renders. */
final class NonceResponseWriter extends ResponseWriterWrapper {

    private final String nonce;

    NonceResponseWriter(ResponseWriter wrapped, String nonce) {
        super(wrapped);
        this.nonce = nonce;
    }

    @Override
    public void startElement(String name, UIComponent component) throws IOException {
        super.startElement(name, component);
        if ("script".equalsIgnoreCase(name)) {
            super.writeAttribute("nonce", nonce, null);
        }
    }

    @Override
    public ResponseWriter cloneWithWriter(Writer writer) {
        return new NonceResponseWriter(getWrapped().cloneWithWriter(writer), nonce);
    }
}
