/** A labelled on/off switch (a checkbox with the switch role), as the popup's switches use it. */
export function Switch({
  id,
  checked,
  disabled,
  label,
  onChange,
  describedBy,
}: {
  id: string;
  checked: boolean;
  disabled?: boolean;
  label: string;
  onChange: (v: boolean) => void;
  describedBy?: string;
}) {
  return (
    <div class="switch-row">
      <input
        type="checkbox"
        role="switch"
        id={id}
        checked={checked}
        disabled={disabled}
        aria-checked={checked}
        aria-describedby={describedBy}
        onChange={(e) => onChange((e.currentTarget as HTMLInputElement).checked)}
      />
      <label for={id}>{label}</label>
    </div>
  );
}
