/** Labelled form controls of the options page: a checkbox with an optional hint, a radio group in a fieldset. */
import type { ComponentChildren } from 'preact';
import { useId } from 'preact/hooks';

type CheckboxProps = {
  label: ComponentChildren;
  checked: boolean;
  onChange: (checked: boolean) => void;
  hint?: string;
  name?: string;
};

export function Checkbox({ label, checked, onChange, hint, name }: CheckboxProps) {
  const id = useId();
  return (
    <div class="mw-check">
      <input
        id={id}
        name={name}
        type="checkbox"
        checked={checked}
        aria-describedby={hint ? `${id}-hint` : undefined}
        onChange={(e) => onChange(e.currentTarget.checked)}
      />
      <label for={id}>{label}</label>
      {hint && (
        <p id={`${id}-hint`} class="mw-hint">
          {hint}
        </p>
      )}
    </div>
  );
}

type RadioGroupProps<V extends string> = {
  legend: string;
  name: string;
  value: V;
  options: readonly { value: V; label: string }[];
  onChange: (value: V) => void;
};

export function RadioGroup<V extends string>({ legend, name, value, options, onChange }: RadioGroupProps<V>) {
  const id = useId();
  return (
    <fieldset class="mw-fieldset mw-radios">
      <legend>{legend}</legend>
      {options.map((option) => (
        <div class="mw-check" key={option.value}>
          <input
            id={`${id}-${option.value}`}
            type="radio"
            name={name}
            value={option.value}
            checked={option.value === value}
            onChange={(e) => {
              if (e.currentTarget.checked) onChange(option.value);
            }}
          />
          <label for={`${id}-${option.value}`}>{option.label}</label>
        </div>
      ))}
    </fieldset>
  );
}
