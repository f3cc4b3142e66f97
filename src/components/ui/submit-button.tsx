"use client";
import { useSyncExternalStore } from "react";
import { Button, type ButtonProps } from "./button";

const subscribe = () => () => {};

/** False in the server HTML and during hydration, true once React handles events. */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
}

/**
 * A form's submit button that stays disabled until the page is hydrated: a click before that
 * would submit the form natively, as a GET that puts the fields (a password) in the URL.
 */
export function SubmitButton({ disabled, ...rest }: Omit<ButtonProps, "type">) {
  const hydrated = useHydrated();
  return <Button type="submit" disabled={disabled || !hydrated} {...rest} />;
}
