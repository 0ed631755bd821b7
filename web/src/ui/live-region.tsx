import { createContext, useCallback, useContext, useMemo, useRef, useState, type ReactNode } from 'react';

type TToast = { id: number; message: string };
type TAnnounce = (message: string) => void;

const AnnounceContext = createContext<TAnnounce>(() => undefined);
const TOAST_MS = 6000;

/**
 * One polite live region for the whole app, shown as a small toast ("Sparat"): sighted users see
 * it, screen readers hear it, nobody loses focus. The region is always in the DOM so assistive
 * technology notices when text appears in it.
 */
export function LiveRegionProvider({ children }: { children: ReactNode }) {
  const [toasts, setToasts] = useState<TToast[]>([]);
  const nextId = useRef(1);

  const announce = useCallback<TAnnounce>((message) => {
    const id = nextId.current++;
    setToasts((current) => [...current.slice(-2), { id, message }]);
    window.setTimeout(() => setToasts((current) => current.filter((toast) => toast.id !== id)), TOAST_MS);
  }, []);

  const value = useMemo(() => announce, [announce]);
  return (
    <AnnounceContext.Provider value={value}>
      {children}
      <div className="toast-region" role="status" aria-live="polite" aria-atomic="false">
        {toasts.map((toast) => (
          <p key={toast.id} className="toast">
            {toast.message}
          </p>
        ))}
      </div>
    </AnnounceContext.Provider>
  );
}

/** `announce('Sparat')`: tells everyone that something happened, without moving focus. */
export function useAnnounce(): TAnnounce {
  return useContext(AnnounceContext);
}
