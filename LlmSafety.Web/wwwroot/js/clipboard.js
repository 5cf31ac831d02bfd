// Copies the safe version of a story. navigator.clipboard needs a secure context, so plain-http deployments fall
// back to a hidden textarea and the legacy copy command.
window.llmSafetyClipboard = {
    copyText: async function (text) {
        if (navigator.clipboard && window.isSecureContext) {
            try {
                await navigator.clipboard.writeText(text);
                return true;
            } catch {
                // Permission refused: try the fallback below.
            }
        }
        const area = document.createElement("textarea");
        area.value = text;
        area.setAttribute("readonly", "");
        area.style.position = "fixed";
        area.style.opacity = "0";
        document.body.appendChild(area);
        area.select();
        let copied = false;
        try {
            copied = document.execCommand("copy");
        } finally {
            document.body.removeChild(area);
        }
        return copied;
    }
};
